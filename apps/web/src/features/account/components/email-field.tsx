import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from '@/ui/text-field';

/**
 * The account's e-mail address: the phone's e-mail keyboard, no capital first letter, and the
 * `username` autocomplete that password managers pair with the password field.
 */
export function EmailField(props: Omit<TextFieldProps, 'label' | 'type'>) {
  const { t } = useTranslation('account');
  return (
    <TextField
      label={t('fields.email')}
      type="email"
      inputMode="email"
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      {...props}
    />
  );
}
