import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCard, BoardColumn } from '../api/board-queries';
import type { PendingMove } from '../hooks/use-board-moves';
import { columnKeyboardCoordinates } from '../utils/column-keyboard';
import { columnDropState, type OrderStatus } from '../utils/drop-rules';
import { BoardCardView, CardBody } from './board-card';
import { DroppableColumn } from './board-column';

/** The pointer's column when there is a pointer; the card's overlap when the keyboard moves it. */
const collisions: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : rectIntersection(args);
};

/** Columns with a pending move already applied, so the card waits in its new column. */
function withPending(columns: readonly BoardColumn[], pending: PendingMove | null): BoardColumn[] {
  if (!pending) return [...columns];
  const card = columns.flatMap((column) => column.cards).find((c) => c.id === pending.id);
  if (!card || card.status === pending.to) return [...columns];
  return columns.map((column) => {
    if (column.status === card.status) {
      return { ...column, count: column.count - 1, cards: column.cards.filter((c) => c.id !== card.id) };
    }
    if (column.status === pending.to) {
      return { ...column, count: column.count + 1, cards: [{ ...card, status: pending.to }, ...column.cards] };
    }
    return column;
  });
}

// Module constants, not literals in the render: dnd-kit memoises the sensors on their options,
// and new sensors give every card new drag listeners, so a render of the board (a drag starting
// or ending) would re-render all of its cards.
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };
const KEYBOARD_OPTIONS = { coordinateGetter: columnKeyboardCoordinates(), scrollBehavior: 'auto' } as const;

/** The interactive board: drag with pointer or keyboard, or the status menu on each card. */
export function BoardColumns({
  columns,
  now,
  pending,
  onMove,
}: {
  readonly columns: readonly BoardColumn[];
  readonly now: number;
  readonly pending: PendingMove | null;
  readonly onMove: (card: BoardCard, to: OrderStatus) => void;
}) {
  const { t } = useTranslation('order-board');
  const [dragged, setDragged] = useState<BoardCard | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, KEYBOARD_OPTIONS));
  const shown = useMemo(() => withPending(columns, pending), [columns, pending]);
  const cardOf = (id: string | number): BoardCard | undefined =>
    shown.flatMap((column) => column.cards).find((card) => card.id === id);
  const statusName = (id: string | number | undefined) => (id ? t(`status.${String(id)}`) : '');

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('drag.lifted', { number: cardOf(active.id)?.number ?? '' }),
    onDragOver: ({ active, over }) =>
      over
        ? t(
            dragged && columnDropState(dragged, over.id as OrderStatus) === 'forbidden'
              ? 'drag.overForbidden'
              : 'drag.over',
            {
              number: cardOf(active.id)?.number ?? '',
              status: statusName(over.id),
            },
          )
        : t('drag.outside'),
    onDragEnd: ({ active, over }) =>
      t(over ? 'drag.dropped' : 'drag.cancelled', {
        number: cardOf(active.id)?.number ?? '',
        status: statusName(over?.id),
      }),
    onDragCancel: ({ active }) => t('drag.cancelled', { number: cardOf(active.id)?.number ?? '' }),
  };

  const onDragStart = (event: DragStartEvent) => setDragged(cardOf(event.active.id) ?? null);
  const onDragEnd = (event: DragEndEvent) => {
    const card = dragged;
    setDragged(null);
    if (card && event.over) onMove(card, event.over.id as OrderStatus);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('drag.instructions') } }}
    >
      <div
        role="region"
        aria-label={t('board.label')}
        tabIndex={0}
        className="relative -mx-4 flex snap-x snap-mandatory scroll-px-4 sm:scroll-px-6 items-start gap-3 overflow-x-auto px-4 pb-4 sm:-mx-6 sm:px-6 lg:mx-0 lg:snap-none lg:px-0"
      >
        {shown.map((column) => (
          <DroppableColumn
            key={column.status}
            status={column.status}
            count={column.count}
            shown={column.cards.length}
            dropState={columnDropState(dragged, column.status)}
          >
            <ColumnCards cards={column.cards} now={now} onMove={onMove} pendingId={pending?.id} />
          </DroppableColumn>
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragged ? (
          <div
            className="flex w-72 flex-col gap-2 rounded-lg border border-brand bg-surface p-3 shadow-xl"
            aria-hidden="true"
          >
            <p className="font-semibold">{t('card.title', { number: dragged.number })}</p>
            <CardBody card={dragged} now={now} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

/**
 * A column's cards, memoised: dnd-kit re-renders each droppable column as the pointer crosses
 * columns, and the board itself re-renders when a drag starts or ends; neither reaches the cards
 * unless the cards, the clock or the pending move changed.
 */
const ColumnCards = memo(function ColumnCards({
  cards,
  now,
  onMove,
  pendingId,
}: {
  readonly cards: readonly BoardCard[];
  readonly now: number;
  readonly onMove: (card: BoardCard, to: OrderStatus) => void;
  readonly pendingId: string | undefined;
}) {
  const { t } = useTranslation('order-board');
  if (cards.length === 0) return <p className="px-1 py-4 text-center text-sm text-ink-muted">{t('column.empty')}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {cards.map((card) => (
        <li key={card.id}>
          <BoardCardView card={card} now={now} onMove={onMove} busy={pendingId === card.id} />
        </li>
      ))}
    </ul>
  );
});
