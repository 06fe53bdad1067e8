import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../utils/server-field-errors';
import { OneTimeCodeField } from './one-time-code-field';

/** A 6-digit code field bound to a form's field, its error in the page's language. */
export function FormCodeField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  autoFocus,
}: {
  readonly control: Control<T>;
  readonly name: Path<T>;
  readonly label: string;
  readonly hint?: string;
  readonly autoFocus?: boolean;
}) {
  const { t } = useTranslation('account');
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <OneTimeCodeField
          ref={field.ref}
          name={field.name}
          label={label}
          hint={hint}
          value={String(field.value ?? '')}
          onValue={field.onChange}
          error={fieldMessage(t, fieldState.error)}
          autoFocus={autoFocus}
        />
      )}
    />
  );
}
