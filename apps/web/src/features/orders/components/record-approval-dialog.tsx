import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Dialog } from '@/ui/dialog';
import { FormActions } from '@/ui/form-actions';
import { SubmitForm } from '@/ui/submit-form';
import { TextAreaField } from '@/ui/text-area-field';
import { TextField } from '@/ui/text-field';
import { useRefreshOrder, type EstimateVersion, type Order } from '../api/order-queries';
import { formatMoney } from '../utils/money';

/** The customer said yes or no on the phone: their name, each line's answer, a note. */
export function RecordApprovalDialog({
  order,
  version,
  onClose,
}: {
  readonly order: Order;
  readonly version?: EstimateVersion;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('orders');
  return (
    <Dialog
      open={version !== undefined}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t('recordApproval.title', { version: version?.version ?? '' })}
      description={t('recordApproval.body')}
      className="sm:max-w-xl"
    >
      {version ? <RecordApprovalForm order={order} version={version} onDone={onClose} /> : null}
    </Dialog>
  );
}

function RecordApprovalForm({
  order,
  version,
  onDone,
}: {
  readonly order: Order;
  readonly version: EstimateVersion;
  readonly onDone: () => void;
}) {
  const { t, i18n } = useTranslation('orders');
  const refresh = useRefreshOrder();
  const record = $api.useMutation('post', '/api/v1/repair-orders/{id}/estimates/{version}/approval');
  const asked = version.snapshot.lines.filter((line) => line.approval === 'pending');
  const [answers, setAnswers] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(asked.map((line) => [line.id, true])),
  );
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [nameMissing, setNameMissing] = useState(false);

  const submit = async () => {
    if (name.trim() === '') return setNameMissing(true);
    try {
      await record.mutateAsync({
        params: { path: { id: order.id, version: version.version } },
        body: {
          customerName: name.trim(),
          lines: asked.map((line) => ({ lineId: line.id, approved: answers[line.id] ?? true })),
          ...(note.trim() === '' ? {} : { note: note.trim() }),
        },
      });
      await refresh();
      toast.success(t('recordApproval.saved'));
      onDone();
    } catch {
      // Shown below from the mutation's error.
    }
  };

  return (
    <SubmitForm onSubmit={submit}>
      <TextField
        label={t('recordApproval.name')}
        value={name}
        autoComplete="off"
        error={nameMissing ? t('recordApproval.nameMissing') : undefined}
        onChange={(event) => {
          setName(event.target.value);
          setNameMissing(false);
        }}
      />
      {asked.map((line) => (
        <fieldset key={line.id} className="flex min-w-0 flex-col gap-2 rounded-lg border border-line p-3">
          <legend className="px-1 text-sm font-medium">
            {line.description} · {formatMoney(line.netMinor, version.snapshot.currency, i18n.language)}
          </legend>
          <div className="flex flex-wrap gap-4">
            {[true, false].map((approved) => (
              <label key={String(approved)} className="inline-flex min-h-10 items-center gap-2">
                <input
                  type="radio"
                  name={`answer-${line.id}`}
                  className="size-5"
                  checked={(answers[line.id] ?? true) === approved}
                  onChange={() => setAnswers((current) => ({ ...current, [line.id]: approved }))}
                />
                {approved ? t('recordApproval.approve') : t('recordApproval.decline')}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <TextAreaField
        label={t('recordApproval.note')}
        value={note}
        rows={2}
        maxLength={2000}
        onChange={(event) => setNote(event.target.value)}
      />
      {record.isError ? <Alert tone="danger">{asProblem(record.error)?.detail ?? t('failed')}</Alert> : null}
      <FormActions
        cancelLabel={t('cancel')}
        onCancel={onDone}
        submitLabel={t('recordApproval.submit')}
        busy={record.isPending}
      />
    </SubmitForm>
  );
}
