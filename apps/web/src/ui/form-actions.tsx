import { Button } from './button';

/**
 * Cancel and submit under a dialog's form: submit busy while the call runs. `stackOnPhone` puts
 * submit on top of cancel, each full width, on a narrow screen (the forms that asked for it).
 */
export function FormActions({
  cancelLabel,
  onCancel,
  submitLabel,
  submitVariant,
  busy,
  disabled,
  stackOnPhone,
}: {
  readonly cancelLabel: string;
  readonly onCancel: () => void;
  readonly submitLabel: string;
  readonly submitVariant?: 'primary' | 'danger';
  readonly busy?: boolean;
  readonly disabled?: boolean;
  readonly stackOnPhone?: boolean;
}) {
  return (
    <div className={stackOnPhone ? 'flex flex-col-reverse gap-2 sm:flex-row sm:justify-end' : 'flex justify-end gap-2'}>
      <Button variant="secondary" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" variant={submitVariant} busy={busy} disabled={disabled}>
        {submitLabel}
      </Button>
    </div>
  );
}
