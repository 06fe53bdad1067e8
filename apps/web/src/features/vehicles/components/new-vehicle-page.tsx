import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { applyFieldErrors, asProblem } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Button, buttonClasses } from '@/ui/button';
import { cx } from '@/ui/class-names';
import { PageHeader } from '@/ui/page-header';
import { TextField } from '@/ui/text-field';
import { useRefreshVehicles } from '../api/vehicle-queries';
import { fieldMessage } from '../utils/field-message';
import {
  NEW_VEHICLE_FIELDS,
  newVehicleSchema,
  toCreateVehicleBody,
  type NewVehicleValues,
} from '../utils/new-vehicle-form';
import { problemIs } from '../utils/problem-is';
import { EMPTY_VEHICLE_FIELDS } from '../utils/vehicle-form';
import { normalizeVin } from '../utils/vin';
import { DuplicateVin } from './duplicate-vin';
import { OwnerPicker } from './owner-picker';
import { VehicleFields } from './vehicle-fields';

/**
 * `/vehicles/new`: a vehicle and its owner in one form, the owner either picked from the
 * workshop's clients or typed in new (both created in one request). `?clientId=` preselects.
 */
export function NewVehiclePage() {
  const { t } = useTranslation('vehicles');
  const { clientId } = useSearch({ from: '/_staff/vehicles/new' });
  const navigate = useNavigate();
  const refresh = useRefreshVehicles();
  const create = $api.useMutation('post', '/api/v1/vehicles');
  const [duplicateVin, setDuplicateVin] = useState<string>();
  const form = useForm<NewVehicleValues>({
    resolver: zodResolver(newVehicleSchema),
    defaultValues: {
      ...EMPTY_VEHICLE_FIELDS,
      owner: clientId ? 'existing' : 'new',
      clientId: clientId ?? '',
      client: { firstName: '', lastName: '', phone: '', email: '' },
    },
  });
  const {
    register,
    watch,
    setValue,
    formState: { errors, isSubmitting },
  } = form;
  const owner = watch('owner');
  const message = (text: string | undefined) => fieldMessage(t, text);

  const submit = form.handleSubmit(async (values) => {
    setDuplicateVin(undefined);
    try {
      const vehicle = await create.mutateAsync({ body: toCreateVehicleBody(values) });
      await refresh();
      toast.success(t('form.created', { name: `${vehicle.make} ${vehicle.model}` }));
      await navigate({ to: '/vehicles/$vehicleId', params: { vehicleId: vehicle.id } });
    } catch (error) {
      if (problemIs(error, 'duplicate_vin')) return setDuplicateVin(normalizeVin(values.vin));
      applyFieldErrors(error, form.setError, NEW_VEHICLE_FIELDS);
    }
  });

  const problem = asProblem(create.error);
  const placed = (problem?.errors ?? []).some((error) =>
    (NEW_VEHICLE_FIELDS as readonly string[]).includes(error.field),
  );

  return (
    <>
      <PageHeader title={t('form.title')} description={t('form.description')} />
      <FormProvider {...form}>
        <form noValidate onSubmit={(event) => void submit(event)} className="flex max-w-3xl flex-col gap-6">
          <fieldset className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:p-5">
            <legend className="px-1 text-base font-semibold">{t('form.owner')}</legend>
            <div className="grid grid-cols-2 gap-2" role="radiogroup" aria-label={t('form.owner')}>
              {(['new', 'existing'] as const).map((mode) => (
                <label
                  key={mode}
                  className={cx(
                    'flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border px-3 py-2 text-sm font-medium',
                    owner === mode ? 'border-brand bg-brand-soft' : 'border-line',
                  )}
                >
                  <input type="radio" value={mode} className="size-4 accent-brand" {...register('owner')} />
                  {t(`form.ownerMode.${mode}`)}
                </label>
              ))}
            </div>
            {owner === 'existing' ? (
              <OwnerPicker
                clientId={watch('clientId')}
                onPick={(id) => setValue('clientId', id, { shouldValidate: form.formState.isSubmitted })}
                error={message(errors.clientId?.message)}
              />
            ) : (
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField
                  label={t('client.firstName')}
                  autoComplete="off"
                  error={message(errors.client?.firstName?.message)}
                  {...register('client.firstName')}
                />
                <TextField
                  label={t('client.lastName')}
                  autoComplete="off"
                  error={message(errors.client?.lastName?.message)}
                  {...register('client.lastName')}
                />
                <TextField
                  label={t('client.phone')}
                  type="tel"
                  inputMode="tel"
                  autoComplete="off"
                  hint={t('client.phoneHint')}
                  error={message(errors.client?.phone?.message)}
                  {...register('client.phone')}
                />
                <TextField
                  label={t('client.email')}
                  type="email"
                  autoComplete="off"
                  error={message(errors.client?.email?.message)}
                  {...register('client.email')}
                />
              </div>
            )}
          </fieldset>
          <fieldset className="rounded-xl border border-line bg-surface p-4 sm:p-5">
            <legend className="px-1 text-base font-semibold">{t('form.vehicle')}</legend>
            <VehicleFields
              vinLabel={t('fields.vin')}
              vinHint={t('fields.vinHint')}
              vinError={duplicateVin ? <DuplicateVin vin={duplicateVin} /> : undefined}
            />
          </fieldset>
          {problem && !placed && !duplicateVin ? (
            <Alert tone="danger">{problem.detail ?? t('form.failed')}</Alert>
          ) : null}
          {create.isError && !problem ? <Alert tone="danger">{t('form.failed')}</Alert> : null}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Link to="/vehicles" className={buttonClasses('secondary', 'lg')}>
              {t('cancel')}
            </Link>
            <Button type="submit" size="lg" busy={isSubmitting}>
              {t('form.submit')}
            </Button>
          </div>
        </form>
      </FormProvider>
    </>
  );
}
