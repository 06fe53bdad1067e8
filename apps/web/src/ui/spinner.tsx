import { cx } from './class-names';

/** Decorative: the busy state is announced by the control or region that shows it. */
export function Spinner({ size = 'md', className }: { readonly size?: 'sm' | 'md'; readonly className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cx(
        'inline-block animate-spin rounded-full border-2 border-current border-r-transparent',
        size === 'sm' ? 'size-4' : 'size-6',
        className,
      )}
    />
  );
}
