import { useTranslation } from 'react-i18next';
import { vinFeedback } from '@/features/vehicles/utils/vin';
import { TextField } from '@/ui/text-field';
import type { FieldErrors, VehicleDraft } from './booking-steps';

/** Plate, make, model and an optional VIN, the VIN checked as it is typed. */
export function VehicleStep({
  vehicle,
  errors,
  onChange,
}: {
  readonly vehicle: VehicleDraft;
  readonly errors: FieldErrors;
  readonly onChange: (vehicle: VehicleDraft) => void;
}) {
  const { t } = useTranslation('public');
  const error = (field: keyof VehicleDraft) => {
    const code = errors[field];
    return code ? t(`errors.${code}`, { defaultValue: code }) : undefined;
  };
  const vin = vinFeedback(vehicle.vin);
  const vinHint = (() => {
    switch (vin.kind) {
      case 'empty':
        return t('vehicle.vinHint');
      case 'short':
      case 'long':
        return t('vehicle.vinLength', { count: vin.length });
      case 'characters':
        return t('vehicle.vinCharacters', { characters: vin.invalid.join(' ') });
      case 'check_digit':
        return t('vehicle.vinCheckDigit', { expected: vin.expected });
      case 'valid':
        return vin.checkDigit === 'valid' ? t('vehicle.vinValid') : t('vehicle.vinValidNoCheck');
    }
  })();
  const set = (field: keyof VehicleDraft) => (event: { target: { value: string } }) =>
    onChange({ ...vehicle, [field]: event.target.value });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        className="sm:col-span-2"
        label={t('vehicle.plate')}
        value={vehicle.plate}
        onChange={set('plate')}
        autoComplete="off"
        autoCapitalize="characters"
        maxLength={20}
        required
        error={error('plate')}
      />
      <TextField
        label={t('vehicle.make')}
        value={vehicle.make}
        onChange={set('make')}
        maxLength={60}
        required
        error={error('make')}
      />
      <TextField
        label={t('vehicle.model')}
        value={vehicle.model}
        onChange={set('model')}
        maxLength={60}
        required
        error={error('model')}
      />
      <TextField
        className="sm:col-span-2"
        label={t('vehicle.vin')}
        value={vehicle.vin}
        onChange={set('vin')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={32}
        hint={<span aria-live="polite">{vinHint}</span>}
        error={error('vin') ? t('vehicle.vinInvalid') : undefined}
      />
    </div>
  );
}
