import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { FormActions } from '@/ui/form-actions';
import { FormDialog, type DialogOpenState } from '@/ui/form-dialog';
import { SelectField } from '@/ui/select-field';
import { SubmitForm } from '@/ui/submit-form';
import { TextAreaField } from '@/ui/text-area-field';
import { TextField } from '@/ui/text-field';
import { useRefreshOrder, type Order } from '../api/order-queries';
import { wallClockToInstant } from '../utils/wall-clock';

/** A manager enters time by hand: whose, on which line, from when to when, and why (audited). */
export function ManualTimeDialog({
  order,
  ...dialog
}: {
  readonly order: Order;
} & DialogOpenState) {
  const { t } = useTranslation('orders');
  return (
    <FormDialog {...dialog} title={t('manual.title')} description={t('manual.body')}>
      {(close) => <ManualTimeForm order={order} onDone={close} />}
    </FormDialog>
  );
}

type Field = 'lineId' | 'userId' | 'startedAt' | 'stoppedAt' | 'reason';

function ManualTimeForm({ order, onDone }: { readonly order: Order; readonly onDone: () => void }) {
  const { t } = useTranslation('orders');
  const { timeZone } = useMe().workshop;
  const refresh = useRefreshOrder();
  const add = $api.useMutation('post', '/api/v1/repair-orders/{id}/lines/{lineId}/time-entries');
  const lines = order.lines.filter((line) => line.kind === 'labour' && line.approval !== 'declined');
  const [values, setValues] = useState<Record<Field, string>>({
    lineId: lines[0]?.id ?? '',
    userId: order.mechanics[0]?.userId ?? '',
    startedAt: '',
    stoppedAt: '',
    reason: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const set = (field: Field) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async () => {
    const startedAt = wallClockToInstant(values.startedAt, timeZone);
    const stoppedAt = wallClockToInstant(values.stoppedAt, timeZone);
    const found: Partial<Record<Field, string>> = {};
    if (!startedAt) found.startedAt = t('manual.errors.when');
    if (!stoppedAt) found.stoppedAt = t('manual.errors.when');
    else if (startedAt && stoppedAt <= startedAt) found.stoppedAt = t('manual.errors.order');
    if (values.reason.trim() === '') found.reason = t('manual.errors.reason');
    setErrors(found);
    if (Object.keys(found).length > 0 || !startedAt || !stoppedAt) return;
    try {
      await add.mutateAsync({
        params: { path: { id: order.id, lineId: values.lineId } },
        body: { userId: values.userId, startedAt, stoppedAt, reason: values.reason.trim() },
      });
      await refresh();
      toast.success(t('manual.saved'));
      onDone();
    } catch (error) {
      const fieldErrors: Partial<Record<Field, string>> = {};
      for (const problem of asProblem(error)?.errors ?? []) {
        if (['userId', 'startedAt', 'stoppedAt', 'reason'].includes(problem.field)) {
          fieldErrors[problem.field as Field] = problem.message;
        }
      }
      setErrors(fieldErrors);
    }
  };

  return (
    <SubmitForm onSubmit={submit}>
      <SelectField label={t('manual.line')} value={values.lineId} onChange={set('lineId')}>
        {lines.map((line) => (
          <option key={line.id} value={line.id}>
            {line.description}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('manual.mechanic')} value={values.userId} onChange={set('userId')} error={errors.userId}>
        {order.mechanics.map((person) => (
          <option key={person.userId} value={person.userId}>
            {person.name}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t('manual.from')}
          type="datetime-local"
          value={values.startedAt}
          onChange={set('startedAt')}
          error={errors.startedAt}
          hint={t('manual.zone', { zone: timeZone })}
        />
        <TextField
          label={t('manual.to')}
          type="datetime-local"
          value={values.stoppedAt}
          onChange={set('stoppedAt')}
          error={errors.stoppedAt}
        />
      </div>
      <TextAreaField
        label={t('manual.reason')}
        value={values.reason}
        rows={2}
        maxLength={500}
        onChange={set('reason')}
        error={errors.reason}
      />
      {add.isError && Object.keys(errors).length === 0 ? (
        <Alert tone="danger">{asProblem(add.error)?.detail ?? t('failed')}</Alert>
      ) : null}
      <FormActions cancelLabel={t('cancel')} onCancel={onDone} submitLabel={t('manual.submit')} busy={add.isPending} />
    </SubmitForm>
  );
}
