import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

const FORWARD: readonly string[] = ['ArrowRight', 'ArrowDown'];
const BACKWARD: readonly string[] = ['ArrowLeft', 'ArrowUp'];

/**
 * Arrow keys carry a lifted card a whole column at a time (left and right; up and down too, for
 * a board stacked on a narrow screen), instead of dnd-kit's default 25 px nudges: a board is
 * a row of columns, and each press should land on the next one.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const forward = FORWARD.includes(event.code);
  const backward = BACKWARD.includes(event.code);
  if (!forward && !backward) return undefined;
  event.preventDefault();
  const columns = context.droppableContainers
    .toArray()
    .flatMap((container) => (container.rect.current ? [{ id: container.id, rect: container.rect.current }] : []))
    .sort((a, b) => a.rect.left - b.rect.left || a.rect.top - b.rect.top);
  if (columns.length === 0) return undefined;
  const overId = context.over?.id;
  let index = columns.findIndex((column) => column.id === overId);
  if (index === -1) {
    // Not over any column yet: start from the one under the card's left edge.
    index = columns.findIndex(
      (column) => currentCoordinates.x >= column.rect.left && currentCoordinates.x < column.rect.right,
    );
  }
  const next = columns[Math.min(columns.length - 1, Math.max(0, index + (forward ? 1 : -1)))];
  if (!next) return undefined;
  return { x: next.rect.left + 8, y: next.rect.top + 8 };
};
