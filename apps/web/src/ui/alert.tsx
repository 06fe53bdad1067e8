import { AlertTriangle, CheckCircle2, Info, XCircle } from 'lucide-react';
import type { ReactNode } from 'react';
import { cx } from './class-names';

type Tone = 'info' | 'success' | 'warning' | 'danger';

const TONES: Record<Tone, { box: string; Icon: typeof Info }> = {
  info: { box: 'border-line bg-surface-2', Icon: Info },
  success: { box: 'border-success/40 bg-success-soft', Icon: CheckCircle2 },
  warning: { box: 'border-warning/40 bg-warning-soft', Icon: AlertTriangle },
  danger: { box: 'border-danger/40 bg-danger-soft', Icon: XCircle },
};

/** An in-place message. Errors are announced (role=alert); the rest politely (role=status). */
export function Alert({
  tone = 'info',
  title,
  children,
  action,
  className,
}: {
  readonly tone?: Tone;
  readonly title?: string;
  readonly children?: ReactNode;
  readonly action?: ReactNode;
  readonly className?: string;
}) {
  const { box, Icon } = TONES[tone];
  return (
    <div
      role={tone === 'danger' ? 'alert' : 'status'}
      className={cx('flex gap-3 rounded-lg border p-3 text-sm', box, className)}
    >
      <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <div className="flex-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className={title ? 'mt-0.5' : undefined}>{children}</div> : null}
      </div>
      {action}
    </div>
  );
}
