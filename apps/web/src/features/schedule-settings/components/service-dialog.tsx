import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { applyFieldErrors, asProblem } from '@/lib/api/problem';
import { useMe } from '@/lib/session/me';
import { FieldRow } from '@/ui/field-row';
import { Alert } from '@/ui/alert';
import { CheckboxField } from '@/ui/checkbox-field';
import { FormActions } from '@/ui/form-actions';
import { FormDialog, type DialogOpenState } from '@/ui/form-dialog';
import { TextAreaField } from '@/ui/text-area-field';
import { TextField } from '@/ui/text-field';
import { decimalMarkOf, fractionDigitsOf } from '../utils/money';
import {
  SERVICE_FIELDS,
  serviceBodyOf,
  serviceSchema,
  serviceValuesOf,
  type Service,
  type ServiceValues,
} from '../utils/service-form';

const INTL_LOCALE: Record<string, string> = { en: 'en-GB', pl: 'pl-PL', da: 'da-DK' };

/** Adds a service, or edits `service`: price typed as a decimal, sent as minor units. */
export function ServiceDialog({
  service,
  ...dialog
}: {
  readonly service?: Service;
} & DialogOpenState) {
  const { t } = useTranslation('schedule-settings');
  return (
    <FormDialog {...dialog} title={service ? t('services.editTitle') : t('services.addTitle')} className="sm:max-w-xl">
      {(close) => <ServiceForm service={service} onDone={close} />}
    </FormDialog>
  );
}

function ServiceForm({ service, onDone }: { readonly service?: Service; readonly onDone: () => void }) {
  const { t, i18n } = useTranslation('schedule-settings');
  const { currency } = useMe().workshop;
  const queryClient = useQueryClient();
  const digits = fractionDigitsOf(currency);
  const mark = decimalMarkOf(INTL_LOCALE[i18n.language] ?? i18n.language);
  const form = useForm<ServiceValues>({
    resolver: zodResolver(serviceSchema(digits)),
    defaultValues: serviceValuesOf(service, digits, mark),
  });
  const create = $api.useMutation('post', '/api/v1/services');
  const update = $api.useMutation('patch', '/api/v1/services/{id}');
  const call = service ? update : create;

  const submit = form.handleSubmit(async (values) => {
    const body = serviceBodyOf(values, digits);
    try {
      if (service) await update.mutateAsync({ params: { path: { id: service.id } }, body });
      else await create.mutateAsync({ body });
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/services'] });
      toast.success(service ? t('saved') : t('services.created'));
      onDone();
    } catch (error) {
      applyFieldErrors(error, form.setError, SERVICE_FIELDS);
    }
  });
  const error = (field: keyof ServiceValues) =>
    form.formState.errors[field] ? t(`services.errors.${field}`, { defaultValue: t('error') }) : undefined;
  const problem = asProblem(call.error);
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
      <TextField label={t('services.name')} error={error('name')} {...form.register('name')} />
      <TextAreaField
        label={t('services.descriptionField')}
        hint={t('services.descriptionHint')}
        rows={2}
        error={error('description')}
        {...form.register('description')}
      />
      <FieldRow className="gap-4 sm:grid-cols-3">
        <TextField
          label={t('services.durationField')}
          inputMode="numeric"
          autoComplete="off"
          error={error('durationMinutes')}
          {...form.register('durationMinutes')}
        />
        <TextField
          label={t('services.priceField', { currency })}
          hint={t('services.priceHint')}
          inputMode="decimal"
          autoComplete="off"
          error={error('priceMinor')}
          {...form.register('priceMinor')}
        />
        <TextField
          label={t('services.vatField')}
          inputMode="decimal"
          autoComplete="off"
          error={error('vatRateBp')}
          {...form.register('vatRateBp')}
        />
      </FieldRow>
      <CheckboxField
        label={
          <>
            {t('services.activeField')}
            <span className="block text-ink-muted">{t('services.activeHint')}</span>
          </>
        }
        {...form.register('active')}
      />
      <CheckboxField label={t('services.onlineField')} {...form.register('bookableOnline')} />
      {call.isError && !problem?.errors?.length ? <Alert tone="danger">{problem?.detail ?? t('error')}</Alert> : null}
      <FormActions
        cancelLabel={t('cancel')}
        onCancel={onDone}
        submitLabel={t('save')}
        busy={form.formState.isSubmitting}
      />
    </form>
  );
}
