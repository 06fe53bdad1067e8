import { useDeferredValue, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordStrength } from '../utils/password-strength';
import { PasswordField, type PasswordFieldProps } from './password-field';
import { PasswordStrengthMeter } from './password-strength-meter';

/**
 * Choosing a password: the policy in a sentence and a live estimate of its strength, judged with
 * the person's own details as the API judges it. The API's refusal still lands on the field.
 */
export function NewPasswordField({
  value,
  personalWords,
  ...field
}: Omit<PasswordFieldProps, 'autoComplete' | 'hint' | 'value'> & {
  readonly value: string;
  readonly personalWords: readonly string[];
  readonly ref?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation('account');
  const typed = useDeferredValue(value);
  const strength = passwordStrength(typed, personalWords);
  return (
    <PasswordField
      {...field}
      value={value}
      autoComplete="new-password"
      hint={
        <div className="flex flex-col gap-2">
          <PasswordStrengthMeter strength={strength} />
          <span>{t('password.policy')}</span>
        </div>
      }
    />
  );
}
