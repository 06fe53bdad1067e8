/**
 * A field's error as shown: the form's own messages are keys in the `vehicles` namespace; a
 * message the API sent for the field (applyFieldErrors) is shown as it came.
 */
export function fieldMessage(t: (key: string) => string, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return message.startsWith('form.errors.') ? t(message) : message;
}
