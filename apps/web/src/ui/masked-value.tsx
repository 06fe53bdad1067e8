import { cx } from './class-names';

/** Dots for what is hidden, then the visible tail: "•••••••••••000001". */
export function maskedText(tail: string, hiddenLength: number): string {
  return '•'.repeat(Math.max(0, hiddenLength)) + tail;
}

/**
 * An identifier shown only by its tail (a VIN, a national id). Screen readers hear `label`
 * ("VIN ending in 000001") instead of a string of bullets.
 */
export function MaskedValue({
  tail,
  hiddenLength,
  label,
  className,
}: {
  readonly tail: string;
  readonly hiddenLength: number;
  readonly label: string;
  readonly className?: string;
}) {
  return (
    <span className={cx('font-mono tracking-wider break-all', className)}>
      <span aria-hidden="true">{maskedText(tail, hiddenLength)}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
