import type { Ref } from 'react';
import { TextField } from '@/ui/text-field';
import { normaliseOneTimeCode } from '../utils/one-time-code';

/**
 * A 6-digit code: the phone's number pad, the code the OS offers from a text or an e-mail, and a
 * paste of "123 456" or "123456" alike. No maxLength: the browser would cut a pasted "123 456"
 * to "123 45" before the digits are picked out.
 */
export function OneTimeCodeField({
  label,
  hint,
  error,
  value,
  onValue,
  autoFocus,
  name,
  ref,
}: {
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly value: string;
  readonly onValue: (code: string) => void;
  readonly autoFocus?: boolean;
  readonly name?: string;
  readonly ref?: Ref<HTMLInputElement>;
}) {
  return (
    <TextField
      ref={ref}
      label={label}
      hint={hint}
      error={error}
      name={name}
      value={value}
      onChange={(event) => onValue(normaliseOneTimeCode(event.target.value))}
      type="text"
      inputMode="numeric"
      pattern="[0-9]*"
      autoComplete="one-time-code"
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      autoFocus={autoFocus}
    />
  );
}
