import { useDraggable, type DraggableAttributes, type DraggableSyntheticListeners } from '@dnd-kit/core';
import { Link } from '@tanstack/react-router';
import { Clock, GripVertical, MoreVertical, PackageSearch, Signature } from 'lucide-react';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { Badge } from '@/ui/badge';
import { cx } from '@/ui/class-names';
import { DropdownMenu, MenuItem, MenuLabel } from '@/ui/dropdown-menu';
import { PlateChip } from '@/ui/plate-chip';
import type { BoardCard } from '../api/board-queries';
import { isLate, type OrderStatus } from '../utils/drop-rules';

export interface BoardCardProps {
  readonly card: BoardCard;
  readonly now: number;
  /** Absent on a read-only board (TV). */
  readonly onMove?: (card: BoardCard, to: OrderStatus) => void;
  /** Large type for a wall screen. */
  readonly large?: boolean;
  readonly busy?: boolean;
}

/** What a card says; shared by the board, the drag overlay and the TV view. */
export function CardBody({ card, now, large }: Pick<BoardCardProps, 'card' | 'now' | 'large'>) {
  const { t } = useTranslation('order-board');
  const format = useWorkshopFormat();
  const late = isLate(card.status, card.promisedAt, now);
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        {card.plate ? (
          <PlateChip plate={card.plate} className={large ? 'text-xl' : undefined} />
        ) : (
          <span className="text-sm text-ink-muted">{t('card.noPlate')}</span>
        )}
        <span className={cx('min-w-0 font-medium break-words', large ? 'text-xl' : 'text-sm')}>
          {card.make} {card.model}
        </span>
      </div>
      <p className={cx('break-words text-ink-muted', large ? 'text-lg' : 'text-sm')}>
        {card.clientName ?? t('card.noClient')}
      </p>
      {card.promisedAt ? (
        <p className={cx(large ? 'text-lg' : 'text-sm', late ? 'font-semibold text-danger' : 'text-ink-muted')}>
          {late ? t('card.late') : t('card.promised')}{' '}
          <time dateTime={card.promisedAt}>{format.dateTime(card.promisedAt)}</time>
        </p>
      ) : null}
      {card.mechanics.length > 0 ? (
        <p className={cx('break-words', large ? 'text-lg' : 'text-sm')}>
          <span className="sr-only">{t('card.mechanics')} </span>
          {card.mechanics.map((mechanic) => mechanic.name).join(', ')}
        </p>
      ) : null}
      {card.pendingApproval || card.waitingParts || card.clockRunning ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={t('card.flags')}>
          {card.pendingApproval ? (
            <li>
              <Badge tone="warning" className={cx('gap-1', large && 'text-base')}>
                <Signature aria-hidden="true" className="size-3.5" />
                {t('card.pendingApproval')}
              </Badge>
            </li>
          ) : null}
          {card.waitingParts ? (
            <li>
              <Badge tone="danger" className={cx('gap-1', large && 'text-base')}>
                <PackageSearch aria-hidden="true" className="size-3.5" />
                {t('card.waitingParts')}
              </Badge>
            </li>
          ) : null}
          {card.clockRunning ? (
            <li>
              <Badge tone="success" className={cx('gap-1', large && 'text-base')}>
                <Clock aria-hidden="true" className="size-3.5" />
                {t('card.clockRunning')}
              </Badge>
            </li>
          ) : null}
        </ul>
      ) : null}
    </>
  );
}

/**
 * A card on the board: its order's link, a drag handle and a status menu with the allowed moves.
 * While a card is dragged, dnd-kit re-renders every `useDraggable` caller on each pointer move, so
 * this shell holds only the hook and the card's face sits in a memoised component that such a
 * re-render does not reach (its props, dnd-kit's memoised attributes and listeners included, stay
 * the same for every card but the dragged one), as the calendar's blocks do.
 */
export const BoardCardView = memo(function BoardCardView({ card, now, onMove, large, busy }: BoardCardProps) {
  const movable = onMove !== undefined && card.allowedTransitions.length > 0;
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: card.id,
    data: { card },
    // While its move is on its way the card shows in the new column but still carries the old
    // status's allowed moves: it waits for the board's answer before it can be lifted again.
    disabled: !movable || busy === true,
  });
  return (
    <CardFace
      card={card}
      now={now}
      onMove={onMove}
      large={large}
      busy={busy}
      dragRef={setNodeRef}
      dragging={isDragging}
      movable={movable}
      handleAttributes={attributes}
      handleListeners={listeners}
    />
  );
});

interface CardFaceProps extends BoardCardProps {
  readonly dragRef: (element: HTMLElement | null) => void;
  readonly dragging: boolean;
  readonly movable: boolean;
  /** dnd-kit's props for the drag handle, passed one by one: each is memoised by dnd-kit. */
  readonly handleAttributes: DraggableAttributes;
  readonly handleListeners: DraggableSyntheticListeners;
}

const CardFace = memo(function CardFace({
  card,
  now,
  onMove,
  large,
  busy,
  dragRef,
  dragging,
  movable,
  handleAttributes,
  handleListeners,
}: CardFaceProps) {
  const { t } = useTranslation('order-board');
  const titleId = useId();
  const label = t('card.title', { number: card.number });
  return (
    <article
      ref={dragRef}
      aria-labelledby={titleId}
      aria-busy={busy || undefined}
      className={cx(
        'flex flex-col gap-2 rounded-lg border border-line bg-surface p-3 shadow-sm',
        dragging && 'opacity-40',
        busy && 'opacity-70',
      )}
    >
      <div className="flex items-center gap-1">
        <h3 className={cx('min-w-0 flex-1 font-semibold', large ? 'text-2xl' : 'text-base')}>
          {onMove ? (
            <Link to="/orders/$orderId" params={{ orderId: card.id }} id={titleId} className="rounded hover:underline">
              {label}
            </Link>
          ) : (
            <span id={titleId}>{label}</span>
          )}
        </h3>
        {onMove && movable ? (
          <>
            <button
              type="button"
              className="flex size-11 touch-none items-center justify-center rounded-md text-ink-muted hover:bg-surface-2 lg:size-8"
              {...handleAttributes}
              {...handleListeners}
              aria-label={t('card.drag', { number: card.number })}
            >
              <GripVertical aria-hidden="true" className="size-4" />
            </button>
            <DropdownMenu
              trigger={
                <button
                  type="button"
                  className="flex size-11 items-center justify-center rounded-md text-ink-muted hover:bg-surface-2 lg:size-8"
                  aria-label={t('card.statusMenu', { number: card.number })}
                >
                  <MoreVertical aria-hidden="true" className="size-4" />
                </button>
              }
            >
              <MenuLabel>{t('card.moveTo')}</MenuLabel>
              {card.allowedTransitions.map((to) => (
                <MenuItem key={to} onSelect={() => onMove(card, to)}>
                  {t(`status.${to}`)}
                </MenuItem>
              ))}
            </DropdownMenu>
          </>
        ) : null}
      </div>
      <CardBody card={card} now={now} large={large} />
    </article>
  );
});
