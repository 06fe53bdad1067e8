import { Eye, EyeOff } from 'lucide-react';
import { useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '@/ui/class-names';
import { controlBorder, FieldFrame } from '@/ui/field-frame';

export interface PasswordFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  readonly label: string;
  /** `current-password` to sign in, `new-password` to choose one: password managers fill by it. */
  readonly autoComplete: 'current-password' | 'new-password';
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly ref?: Ref<HTMLInputElement>;
}

/**
 * A password input with a show/hide switch: on a phone keyboard a typo is easy and invisible.
 * Hint and error are tied to the input as in the text field.
 */
export function PasswordField({ label, hint, error, className, ...input }: PasswordFieldProps) {
  const { t } = useTranslation('account');
  const [visible, setVisible] = useState(false);
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <div className="relative">
          <input
            {...control}
            type={visible ? 'text' : 'password'}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            className={cx(
              'h-11 w-full rounded-lg border bg-surface pr-12 pl-3 text-base text-ink',
              controlBorder(error),
            )}
            {...input}
          />
          <button
            type="button"
            aria-label={t('password.show')}
            aria-pressed={visible}
            onClick={() => setVisible((shown) => !shown)}
            className="absolute inset-y-0 right-0 grid w-11 place-items-center rounded-r-lg text-ink-muted hover:text-ink"
          >
            {visible ? <EyeOff aria-hidden="true" className="size-5" /> : <Eye aria-hidden="true" className="size-5" />}
          </button>
        </div>
      )}
    </FieldFrame>
  );
}
