import { useDroppable } from '@dnd-kit/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '@/ui/class-names';
import type { ColumnDropState, OrderStatus } from '../utils/drop-rules';

const DROP_STYLE: Record<ColumnDropState, string> = {
  idle: 'border-transparent',
  source: 'border-line border-dashed',
  allowed: 'border-brand border-dashed bg-brand-soft/40',
  forbidden: 'border-transparent',
};

/** One status of the board: its heading with the count, its cards, and a drop zone while dragging. */
export function BoardColumn({
  status,
  count,
  shown,
  dropState,
  isOver,
  children,
  large,
  dropRef,
}: {
  readonly dropRef?: (element: HTMLElement | null) => void;
  readonly status: OrderStatus;
  readonly count: number;
  readonly shown: number;
  readonly dropState: ColumnDropState;
  readonly isOver?: boolean;
  readonly children: ReactNode;
  readonly large?: boolean;
}) {
  const { t } = useTranslation('order-board');
  const headingId = useId();
  return (
    <section
      ref={dropRef}
      aria-labelledby={headingId}
      data-status={status}
      data-drop={dropState}
      className={cx(
        'relative flex w-[82vw] max-w-80 shrink-0 snap-start flex-col gap-2 rounded-xl border-2 bg-surface-2 p-2 sm:w-72',
        large && 'sm:w-[22rem] sm:max-w-none',
        DROP_STYLE[dropState],
        isOver && dropState === 'allowed' && 'border-solid',
      )}
    >
      <h2
        id={headingId}
        className={cx('flex items-center justify-between gap-2 px-1 font-semibold', large ? 'text-2xl' : 'text-sm')}
      >
        <span>{t(`status.${status}`)}</span>
        <span
          aria-hidden="true"
          className={cx('rounded-full bg-surface px-2 py-0.5 tabular-nums', large ? 'text-xl' : 'text-xs')}
        >
          {count}
        </span>
        <span className="sr-only">{t('column.count', { count })}</span>
      </h2>
      {children}
      {count > shown ? (
        <p className="px-1 text-xs text-ink-muted">{t('column.more', { count: count - shown })}</p>
      ) : null}
      {dropState === 'forbidden' ? <ForbiddenVeil /> : null}
    </section>
  );
}

/**
 * Greys out a column the dragged card may not go to: a veil laid over it, not opacity or a filter
 * on the column itself. Those change how every card in the column is painted: repainting a full
 * board as a drag starts and as it ends was a drag's longest main-thread task (docs/benchmarks.md,
 * "Repair-order board"), and the veil paints only itself.
 */
function ForbiddenVeil() {
  return <div aria-hidden="true" className="pointer-events-none absolute inset-0 rounded-[10px] bg-surface-2/65" />;
}

/** The same column as a drop target on the interactive board. */
export function DroppableColumn(props: Parameters<typeof BoardColumn>[0]) {
  const { setNodeRef, isOver } = useDroppable({ id: props.status });
  return <BoardColumn {...props} isOver={isOver} dropRef={setNodeRef} />;
}
