import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/ui/select-field';
import { TextField } from '@/ui/text-field';
import { FUEL_TYPES } from '../utils/fuel-types';
import { fieldMessage } from '../utils/field-message';
import type { VehicleFieldValues } from '../utils/vehicle-form';
import { VinField } from './vin-field';

/**
 * The vehicle's fields, for the create form and the edit dialog (inside their FormProvider).
 * Year and mileage are text with a numeric keyboard, so a scroll wheel never changes them.
 */
export function VehicleFields({
  vinLabel,
  vinHint,
  vinError,
  mileageExtra,
}: {
  readonly vinLabel: string;
  readonly vinHint?: string;
  /** Shown under the VIN in place of the field's own error (a 409 with its link). */
  readonly vinError?: ReactNode;
  readonly mileageExtra?: ReactNode;
}) {
  const { t } = useTranslation('vehicles');
  const {
    register,
    watch,
    formState: { errors },
  } = useFormContext<VehicleFieldValues>();
  const message = (key: keyof VehicleFieldValues) => {
    return fieldMessage(t, errors[key]?.message);
  };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        label={t('fields.plate')}
        autoComplete="off"
        autoCapitalize="characters"
        error={message('plate')}
        {...register('plate')}
      />
      <div className="sm:col-span-2">
        <VinField label={vinLabel} hint={vinHint} value={watch('vin')} error={message('vin')} {...register('vin')} />
        {vinError}
      </div>
      <TextField label={t('fields.make')} autoComplete="off" error={message('make')} {...register('make')} />
      <TextField label={t('fields.model')} autoComplete="off" error={message('model')} {...register('model')} />
      <TextField
        label={t('fields.year')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        error={message('year')}
        {...register('year')}
      />
      <TextField
        label={t('fields.engine')}
        hint={t('fields.engineHint')}
        autoComplete="off"
        error={message('engine')}
        {...register('engine')}
      />
      <SelectField label={t('fields.fuel')} error={message('fuelType')} {...register('fuelType')}>
        <option value="">{t('fields.fuelUnknown')}</option>
        {FUEL_TYPES.map((fuel) => (
          <option key={fuel} value={fuel}>
            {t(`fuel.${fuel}`)}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-col gap-2">
        <TextField
          label={t('fields.mileage')}
          inputMode="numeric"
          autoComplete="off"
          error={message('mileageKm')}
          {...register('mileageKm')}
        />
        {mileageExtra}
      </div>
    </div>
  );
}
