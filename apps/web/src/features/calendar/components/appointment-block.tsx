import { useDraggable } from '@dnd-kit/core';
import { memo, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '@/ui/class-names';
import { PlateChip } from '@/ui/plate-chip';
import type { CalendarBlock } from '../api/calendar-queries';
import { isMovable, STATUS_STYLE } from '../utils/status-style';

export type NudgeKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export interface BlockFrame {
  readonly top: number;
  readonly height: number;
  /** Share of the lanes' width, 0..1. */
  readonly left: number;
  readonly width: number;
}

interface AppointmentBlockProps {
  readonly block: CalendarBlock;
  readonly frame: BlockFrame;
  /** "10:00–11:00" as shown now (the pending time while one is being picked). */
  readonly timeLabel: string;
  readonly bayLabel: string;
  /** A keyboard move or a resize is being picked: drawn dashed where it would go. */
  readonly pending: boolean;
  readonly readOnly?: boolean;
  readonly large?: boolean;
  readonly instructionsId?: string;
  readonly onOpen?: (block: CalendarBlock) => void;
  readonly onNudge?: (block: CalendarBlock, key: NudgeKey, resize: boolean) => void;
  readonly onCommit?: (block: CalendarBlock) => void;
  readonly onCancel?: () => void;
  readonly onResizeStart?: (block: CalendarBlock, event: PointerEvent<HTMLElement>) => void;
}

/** One appointment in its lane: client, plate, services and status; focusable, draggable, resizable. */
export function AppointmentBlock({
  block,
  frame,
  timeLabel,
  bayLabel,
  pending,
  readOnly,
  large,
  instructionsId,
  onOpen,
  onNudge,
  onCommit,
  onCancel,
  onResizeStart,
}: AppointmentBlockProps) {
  const { t } = useTranslation('calendar');
  const movable = !readOnly && isMovable(block.status);
  const { setNodeRef, listeners, transform, isDragging } = useDraggable({
    id: block.id,
    data: { block },
    disabled: !movable,
  });
  const style = STATUS_STYLE[block.status];
  const services = block.services.map((service) => service.name).join(', ');
  const vehicle = block.vehicle
    ? `${block.vehicle.plate ?? t('noPlate')} ${block.vehicle.make} ${block.vehicle.model}`
    : t('noVehicle');
  const status = t(`status.${block.status}`);
  const position: CSSProperties = {
    top: frame.top,
    height: Math.max(frame.height, 22),
    left: `calc(${frame.left * 100}% + 2px)`,
    width: `calc(${frame.width * 100}% - 4px)`,
    ...(transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)`, zIndex: 30 } : {}),
  };
  const body = <BlockBody block={block} timeLabel={timeLabel} large={large} statusLabel={status} />;
  const classes = cx(
    'pointer-events-auto absolute flex flex-col gap-0.5 overflow-hidden rounded-md border border-line border-l-4 px-1.5 py-1 text-left text-ink shadow-sm',
    style.block,
    pending && 'outline-2 outline-offset-1 outline-focus outline-dashed',
    isDragging && 'opacity-80 shadow-lg',
  );
  if (readOnly) {
    return (
      <div className={classes} style={position} data-appointment-id={block.id}>
        {body}
      </div>
    );
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const key = event.key;
    if (key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight') {
      if (!movable) return;
      event.preventDefault();
      onNudge?.(block, key, event.shiftKey);
    } else if (key === 'Enter' && pending) {
      event.preventDefault();
      onCommit?.(block);
    } else if (key === 'Escape' && pending) {
      event.preventDefault();
      event.stopPropagation();
      onCancel?.();
    }
  };

  return (
    <button
      ref={setNodeRef}
      type="button"
      data-appointment-id={block.id}
      {...listeners}
      onKeyDown={onKeyDown}
      onBlur={() => {
        if (pending) onCancel?.();
      }}
      onClick={() => onOpen?.(block)}
      aria-label={t('block', { time: timeLabel, bay: bayLabel, client: block.clientName, vehicle, services, status })}
      aria-describedby={movable ? instructionsId : undefined}
      className={cx(classes, movable && 'cursor-grab touch-manipulation active:cursor-grabbing')}
      style={position}
    >
      {body}
      {movable ? (
        <span
          aria-hidden="true"
          title={t('resize')}
          className="absolute inset-x-0 bottom-0 h-2.5 cursor-ns-resize touch-none hover:bg-ink/15"
          onPointerDown={(event) => onResizeStart?.(block, event)}
          onMouseDown={(event) => event.stopPropagation()}
          onTouchStart={(event) => event.stopPropagation()}
        />
      ) : null}
    </button>
  );
}

/**
 * What a block shows. Memoised: dnd-kit re-renders every draggable when the drop target under
 * the pointer changes, and with a week of blocks that re-render must not redraw their contents.
 */
const BlockBody = memo(function BlockBody({
  block,
  timeLabel,
  large,
  statusLabel,
}: {
  readonly block: CalendarBlock;
  readonly timeLabel: string;
  readonly large?: boolean;
  readonly statusLabel: string;
}) {
  const style = STATUS_STYLE[block.status];
  const services = block.services.map((service) => service.name).join(', ');
  if (large) return <WallBlockBody block={block} timeLabel={timeLabel} statusLabel={statusLabel} services={services} />;
  return (
    <>
      <span className="flex shrink-0 flex-wrap items-baseline justify-between gap-x-1.5">
        <span className="text-xs font-semibold tabular-nums">{timeLabel}</span>
        <span className={cx('text-xs font-semibold', style.badge)}>{statusLabel}</span>
      </span>
      <span className="shrink-0 truncate text-sm font-semibold">{block.clientName}</span>
      <span className="flex min-w-0 shrink-0 flex-wrap items-center gap-1">
        {block.vehicle?.plate ? <PlateChip plate={block.vehicle.plate} className="text-xs" /> : null}
        {block.vehicle ? (
          <span className="truncate text-xs text-ink-muted">
            {block.vehicle.make} {block.vehicle.model}
          </span>
        ) : null}
      </span>
      <span className="shrink-0 truncate text-xs text-ink-muted">{services}</span>
    </>
  );
});

/**
 * The wall screen's block: large type in an hour's height (about 100 px), so three tight rows
 * in the order a mechanic reads a wall from across the room — which car (plate) and when, then
 * whose it is, then what to do. A shorter block shows the first rows only; nothing wraps.
 */
function WallBlockBody({
  block,
  timeLabel,
  statusLabel,
  services,
}: {
  readonly block: CalendarBlock;
  readonly timeLabel: string;
  readonly statusLabel: string;
  readonly services: string;
}) {
  const style = STATUS_STYLE[block.status];
  return (
    <>
      <span className="@container flex min-w-0 shrink-0 items-center gap-2 leading-tight">
        {block.vehicle?.plate ? <PlateChip plate={block.vehicle.plate} className="shrink-0 text-xl" /> : null}
        <span className="min-w-0 truncate text-lg font-semibold tabular-nums">{timeLabel}</span>
        {/* In a lane too narrow for it (a phone), the block's colour alone says the status. */}
        <span className={cx('ml-auto hidden truncate text-base font-semibold @xs:inline', style.badge)}>
          {statusLabel}
        </span>
      </span>
      <span className="min-w-0 shrink-0 truncate text-lg leading-tight">
        <span className="font-semibold">{block.clientName}</span>
        {block.vehicle ? (
          <span className="text-ink-muted">
            {' · '}
            {block.vehicle.make} {block.vehicle.model}
          </span>
        ) : null}
      </span>
      <span className="shrink-0 truncate text-lg leading-tight text-ink-muted">{services}</span>
    </>
  );
}
