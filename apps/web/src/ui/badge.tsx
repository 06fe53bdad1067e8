import type { ReactNode } from 'react';
import { cx } from './class-names';

type Tone = 'neutral' | 'brand' | 'success' | 'warning' | 'danger';

const TONES: Record<Tone, string> = {
  neutral: 'bg-surface-2 text-ink',
  brand: 'bg-brand-soft text-ink',
  success: 'bg-success-soft text-ink',
  warning: 'bg-warning-soft text-ink',
  danger: 'bg-danger-soft text-ink',
};

export function Badge({
  tone = 'neutral',
  children,
  className,
}: {
  readonly tone?: Tone;
  readonly children: ReactNode;
  readonly className?: string;
}) {
  return (
    <span
      className={cx('inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold', TONES[tone], className)}
    >
      {children}
    </span>
  );
}
