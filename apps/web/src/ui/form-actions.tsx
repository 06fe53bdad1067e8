import { Button } from './button';

/** Cancel and submit under a dialog's form: submit busy while the call runs. */
export function FormActions({
  cancelLabel,
  onCancel,
  submitLabel,
  busy,
  disabled,
}: {
  readonly cancelLabel: string;
  readonly onCancel: () => void;
  readonly submitLabel: string;
  readonly busy?: boolean;
  readonly disabled?: boolean;
}) {
  return (
    <div className="flex justify-end gap-2">
      <Button variant="secondary" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" busy={busy} disabled={disabled}>
        {submitLabel}
      </Button>
    </div>
  );
}
