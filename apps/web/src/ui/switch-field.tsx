import { Switch } from 'radix-ui';
import { useId, type ReactNode } from 'react';
import { cx } from './class-names';

/** An on/off setting that applies at once: a labelled switch (role=switch) with an optional line under it. */
export function SwitchField({
  label,
  description,
  checked,
  onCheckedChange,
  disabled,
  className,
}: {
  readonly label: string;
  readonly description?: ReactNode;
  readonly checked: boolean;
  readonly onCheckedChange: (checked: boolean) => void;
  readonly disabled?: boolean;
  readonly className?: string;
}) {
  const id = useId();
  return (
    <div className={cx('flex items-start gap-3', className)}>
      <Switch.Root
        id={id}
        checked={checked}
        onCheckedChange={onCheckedChange}
        disabled={disabled}
        aria-describedby={description ? `${id}-description` : undefined}
        className={cx(
          'relative mt-0.5 inline-flex h-7 w-12 shrink-0 items-center rounded-full border-2 border-transparent transition-colors',
          'disabled:cursor-not-allowed disabled:opacity-60',
          checked ? 'bg-brand' : 'bg-ink-muted',
        )}
      >
        <Switch.Thumb
          className={cx(
            'block size-6 rounded-full bg-surface shadow transition-transform',
            checked ? 'translate-x-5' : 'translate-x-0',
          )}
        />
      </Switch.Root>
      <div className="flex flex-col gap-0.5">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        {description ? (
          <p id={`${id}-description`} className="text-sm text-ink-muted">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}
