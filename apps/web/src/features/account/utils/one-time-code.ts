/** Digits in an authenticator or reset code. */
export const CODE_LENGTH = 6;

/**
 * What a code field keeps of what was typed or pasted: the digits only, at most six. "123 456",
 * "123-456" and a code copied with a trailing newline all become "123456". The field has no
 * maxLength, so a pasted "123 456" is not cut to "123 45" by the browser before this runs.
 */
export function normaliseOneTimeCode(input: string): string {
  return input.replace(/\D/g, '').slice(0, CODE_LENGTH);
}

export function isCompleteCode(code: string): boolean {
  return code.length === CODE_LENGTH && /^\d+$/.test(code);
}

/**
 * A recovery code as typed: lower case, without spaces, with its dash kept where it was.
 * The API ignores spaces and dashes (and case) itself; this only tidies what the person sees.
 */
export function normaliseRecoveryCode(input: string): string {
  return input
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')
    .slice(0, 32);
}
