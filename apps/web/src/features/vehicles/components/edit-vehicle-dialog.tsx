import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { applyFieldErrors, asProblem } from '@/lib/api/problem';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { Alert } from '@/ui/alert';
import { CheckboxField } from '@/ui/checkbox-field';
import { FormActions } from '@/ui/form-actions';
import { FormDialog, type DialogOpenState } from '@/ui/form-dialog';
import { useRefreshVehicles, type Vehicle } from '../api/vehicle-queries';
import { problemIs } from '../utils/problem-is';
import {
  fieldsOf,
  lowersMileage,
  toVehiclePatch,
  vehicleFieldsSchema,
  type VehicleFieldValues,
} from '../utils/vehicle-form';
import { DuplicateVin } from './duplicate-vin';
import { VehicleFields } from './vehicle-fields';

const FIELDS = ['plate', 'vin', 'make', 'model', 'year', 'engine', 'fuelType', 'mileageKm'] as const;

export function EditVehicleDialog({
  vehicle,
  ...dialog
}: {
  readonly vehicle: Vehicle;
} & DialogOpenState) {
  const { t } = useTranslation('vehicles');
  return (
    <FormDialog {...dialog} title={t('edit.title')} className="sm:max-w-2xl">
      {(close) => <EditVehicleForm vehicle={vehicle} onDone={close} />}
    </FormDialog>
  );
}

function EditVehicleForm({ vehicle, onDone }: { readonly vehicle: Vehicle; readonly onDone: () => void }) {
  const { t } = useTranslation('vehicles');
  const format = useWorkshopFormat();
  const refresh = useRefreshVehicles();
  const update = $api.useMutation('patch', '/api/v1/vehicles/{id}');
  const [override, setOverride] = useState(false);
  const [duplicateVin, setDuplicateVin] = useState<string>();
  const form = useForm<VehicleFieldValues>({
    resolver: zodResolver(vehicleFieldsSchema),
    defaultValues: fieldsOf(vehicle),
  });
  const lowering = lowersMileage(vehicle, form.watch('mileageKm'));

  const submit = form.handleSubmit(async (values) => {
    setDuplicateVin(undefined);
    const body = toVehiclePatch(vehicle, values, override);
    if (Object.keys(body).length === 0) return onDone();
    try {
      await update.mutateAsync({ params: { path: { id: vehicle.id } }, body });
      await refresh();
      toast.success(t('edit.saved'));
      onDone();
    } catch (error) {
      if (problemIs(error, 'duplicate_vin')) return setDuplicateVin(body.vin ?? undefined);
      applyFieldErrors(error, form.setError, FIELDS);
    }
  });

  const problem = asProblem(update.error);
  const fieldsRefused = (problem?.errors ?? []).some((error) => (FIELDS as readonly string[]).includes(error.field));
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
        <VehicleFields
          vinLabel={vehicle.vinTail ? t('fields.replaceVin') : t('fields.vin')}
          vinHint={vehicle.vinTail ? t('fields.replaceVinHint', { tail: vehicle.vinTail }) : t('fields.vinHint')}
          vinError={duplicateVin ? <DuplicateVin vin={duplicateVin} /> : undefined}
          mileageExtra={
            lowering ? (
              <CheckboxField
                label={t('edit.mileageOverride', { km: format.number(vehicle.mileageKm ?? 0) })}
                checked={override}
                onChange={(event) => setOverride(event.target.checked)}
                error={override ? undefined : t('edit.mileageOverrideNeeded')}
              />
            ) : null
          }
        />
        {problem && !fieldsRefused && !duplicateVin ? (
          <Alert tone="danger">{problem.detail ?? t('edit.failed')}</Alert>
        ) : null}
        {update.isError && !problem ? <Alert tone="danger">{t('edit.failed')}</Alert> : null}
        <FormActions
          cancelLabel={t('cancel')}
          onCancel={onDone}
          submitLabel={t('edit.save')}
          busy={form.formState.isSubmitting}
          disabled={lowering && !override}
        />
      </form>
    </FormProvider>
  );
}
