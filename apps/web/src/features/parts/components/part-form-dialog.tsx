import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { CheckboxField } from '@/ui/checkbox-field';
import { FormActions } from '@/ui/form-actions';
import { FormDialog, type DialogOpenState } from '@/ui/form-dialog';
import { TextField } from '@/ui/text-field';
import { useRefreshParts, type Part } from '../api/part-queries';
import { useMoney } from '../hooks/use-money';
import {
  API_FIELD,
  emptyPartForm,
  partFormOf,
  partFormSchema,
  toCreatePart,
  toPartPatch,
  type PartFormValues,
} from '../utils/part-form';

/** The usual VAT rate for parts where the workshop's currency is at home. */
const DEFAULT_VAT_BP: Record<string, number> = { PLN: 2300, DKK: 2500, EUR: 2300 };

/** "New part" (no `part`) or editing one: money typed as a decimal, sent as minor units. */
export function PartFormDialog({
  part,
  ...dialog
}: {
  readonly part?: Part;
} & DialogOpenState) {
  const { t } = useTranslation('parts');
  return (
    <FormDialog
      {...dialog}
      title={part ? t('form.editTitle') : t('form.newTitle')}
      description={t('form.moneyHint')}
      className="sm:max-w-2xl"
    >
      {(close) => <PartForm part={part} onDone={close} />}
    </FormDialog>
  );
}

function PartForm({ part, onDone }: { readonly part?: Part; readonly onDone: () => void }) {
  const { t } = useTranslation('parts');
  const money = useMoney();
  const navigate = useNavigate();
  const refresh = useRefreshParts();
  const create = $api.useMutation('post', '/api/v1/parts');
  const update = $api.useMutation('patch', '/api/v1/parts/{id}');
  const mutation = part ? update : create;
  const form = useForm<PartFormValues>({
    resolver: zodResolver(partFormSchema),
    defaultValues: part
      ? partFormOf(part, money.decimalSeparator)
      : emptyPartForm(DEFAULT_VAT_BP[money.currency] ?? 0, money.decimalSeparator),
  });
  const { errors } = form.formState;
  const message = (key: keyof PartFormValues) => {
    const text = errors[key]?.message;
    if (!text) return undefined;
    return text.startsWith('form.errors.') ? t(text) : text;
  };

  const submit = form.handleSubmit(async (values) => {
    try {
      if (part) {
        const body = toPartPatch(part, values);
        if (Object.keys(body).length === 0) return onDone();
        await update.mutateAsync({ params: { path: { id: part.id } }, body });
        toast.success(t('form.saved'));
        await refresh();
        onDone();
      } else {
        const created = await create.mutateAsync({ body: toCreatePart(values) });
        toast.success(t('form.created', { name: created.name }));
        await refresh();
        onDone();
        await navigate({ to: '/parts/$partId', params: { partId: created.id } });
      }
    } catch (error) {
      for (const fieldError of asProblem(error)?.errors ?? []) {
        const field = API_FIELD[fieldError.field];
        if (field) {
          form.setError(field, {
            type: 'server',
            message:
              fieldError.field === 'partNumber' && fieldError.message.includes('taken')
                ? t('form.errors.taken')
                : fieldError.message,
          });
        }
      }
    }
  });

  const problem = asProblem(mutation.error);
  const placed = (problem?.errors ?? []).some((error) => API_FIELD[error.field] !== undefined);
  const unit = money.currency;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('fields.partNumber')}
          autoComplete="off"
          error={message('partNumber')}
          {...form.register('partNumber')}
        />
        <TextField label={t('fields.name')} autoComplete="off" error={message('name')} {...form.register('name')} />
        <TextField label={t('fields.brand')} autoComplete="off" error={message('brand')} {...form.register('brand')} />
        <TextField
          label={t('fields.location')}
          hint={t('fields.locationHint')}
          autoComplete="off"
          error={message('location')}
          {...form.register('location')}
        />
        <TextField
          label={t('fields.price', { currency: unit })}
          hint={t('fields.priceHint')}
          inputMode="decimal"
          autoComplete="off"
          error={message('price')}
          {...form.register('price')}
        />
        <TextField
          label={t('fields.cost', { currency: unit })}
          hint={t('fields.costHint')}
          inputMode="decimal"
          autoComplete="off"
          error={message('cost')}
          {...form.register('cost')}
        />
        <TextField
          label={t('fields.vatRate')}
          inputMode="decimal"
          autoComplete="off"
          error={message('vatRate')}
          {...form.register('vatRate')}
        />
        <TextField
          label={t('fields.reorderPoint')}
          hint={t('fields.reorderPointHint')}
          inputMode="numeric"
          autoComplete="off"
          error={message('reorderPoint')}
          {...form.register('reorderPoint')}
        />
      </div>
      {part ? (
        <CheckboxField label={t('fields.active')} error={message('active')} {...form.register('active')} />
      ) : null}
      {mutation.isError && !placed ? <Alert tone="danger">{problem?.detail ?? t('form.failed')}</Alert> : null}
      <FormActions
        cancelLabel={t('cancel')}
        onCancel={onDone}
        submitLabel={part ? t('form.save') : t('form.create')}
        busy={form.formState.isSubmitting}
      />
    </form>
  );
}
