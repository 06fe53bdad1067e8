import type { KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';

const FORWARD: readonly string[] = ['ArrowRight', 'ArrowDown'];
const BACKWARD: readonly string[] = ['ArrowLeft', 'ArrowUp'];

/**
 * Arrow keys carry a lifted card a whole column at a time (left and right; up and down too, for
 * a board stacked on a narrow screen), instead of dnd-kit's default 25 px nudges: a board is
 * a row of columns, and each press should land on the next one. The column a press chose is
 * remembered per drag (keyed by the key press that lifted the card): dnd-kit's own idea of where
 * the card is trails a render behind, so quick presses would otherwise land on the same column.
 */
export function columnKeyboardCoordinates(): KeyboardCoordinateGetter {
  const chosen = new WeakMap<Event, UniqueIdentifier>();
  return (event, { currentCoordinates, context }) => {
    const forward = FORWARD.includes(event.code);
    const backward = BACKWARD.includes(event.code);
    if (!forward && !backward) return undefined;
    event.preventDefault();
    const columns = context.droppableContainers
      .toArray()
      .flatMap((container) => (container.rect.current ? [{ id: container.id, rect: container.rect.current }] : []))
      .sort((a, b) => a.rect.left - b.rect.left || a.rect.top - b.rect.top);
    if (columns.length === 0) return undefined;
    const drag = context.activatorEvent;
    const last = drag ? chosen.get(drag) : undefined;
    let index = columns.findIndex((column) => column.id === last);
    if (index === -1) {
      index = columns.findIndex(
        (column) => currentCoordinates.x >= column.rect.left && currentCoordinates.x < column.rect.right,
      );
    }
    if (index === -1) index = columns.findIndex((column) => column.id === context.over?.id);
    if (index === -1) return undefined;
    const next = columns[Math.min(columns.length - 1, Math.max(0, index + (forward ? 1 : -1)))];
    if (!next) return undefined;
    if (drag) chosen.set(drag, next.id);
    return { x: next.rect.left + 8, y: next.rect.top + 8 };
  };
}
