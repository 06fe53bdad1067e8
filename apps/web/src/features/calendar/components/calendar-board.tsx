import {
  DndContext,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
} from '@dnd-kit/core';
import { parseISO } from 'date-fns';
import { Plus } from 'lucide-react';
import { memo, useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '@/ui/class-names';
import type { CalendarBlock, CalendarData, CalendarDay } from '../api/calendar-queries';
import { useCalendarFormat } from '../hooks/use-calendar-format';
import {
  axisOf,
  clampToAxis,
  instantAt,
  localDate,
  minuteOfDay,
  minutesBetween,
  place,
  slotsOf,
  snap,
  wallSpan,
  type Axis,
} from '../utils/calendar-geometry';
import { AppointmentBlock, type NudgeKey } from './appointment-block';
import { useBayLabel } from '../hooks/use-bay-label';

export interface LaneKey {
  readonly date: string;
  readonly bay: number;
}

/** Where a block should go: a lane, a wall-clock start minute and a length. */
export interface BlockTarget extends LaneKey {
  readonly minute: number;
  readonly duration: number;
}

interface Pending {
  readonly id: string;
  readonly lane: number;
  readonly minute: number;
  readonly duration: number;
}

interface CalendarBoardProps {
  readonly data: CalendarData;
  readonly dates: readonly string[];
  readonly bays: readonly number[];
  readonly now: Date;
  readonly pxPerMinute: number;
  readonly readOnly?: boolean;
  readonly large?: boolean;
  readonly onOpen?: (block: CalendarBlock) => void;
  readonly onBook?: (target: LaneKey & { readonly minute: number }) => void;
  readonly onMove?: (block: CalendarBlock, target: BlockTarget) => void;
  readonly onAnnounce?: (message: string) => void;
}

const GUTTER = '3.5rem';
/** Time the workshop is closed: quiet diagonal stripes behind the open hours, in both themes. */
const CLOSED_SHADE = {
  backgroundImage: 'repeating-linear-gradient(135deg, var(--color-surface-2) 0 6px, var(--color-canvas) 6px 12px)',
};
const BLOCK_IS_DRAGGED_FOR_MS = 300;

/** Lane under the pointer first; the most overlapped one when the pointer left every lane. */
const laneCollision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : rectIntersection(args);
};

/**
 * The lanes of a day or a week: a time axis from the earliest opening to the latest closing, one
 * lane per bay (and day), hours shaded, a "now" line, and the appointment blocks. Blocks sit in
 * one layer over all lanes, so a block keeps its focus while arrow keys carry it across lanes.
 */
export function CalendarBoard({
  data,
  dates,
  bays,
  now,
  pxPerMinute,
  readOnly,
  large,
  onOpen,
  onBook,
  onMove,
  onAnnounce,
}: CalendarBoardProps) {
  const { t } = useTranslation('calendar');
  const zone = data.timeZone;
  const slot = data.slotMinutes;
  const format = useCalendarFormat(zone);
  const instructionsId = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const [resizing, setResizing] = useState<{ id: string; duration: number } | null>(null);
  const dragEndedAt = useRef(0);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );

  const lanes: LaneKey[] = useMemo(() => dates.flatMap((date) => bays.map((bay) => ({ date, bay }))), [dates, bays]);
  const daysByDate = useMemo(() => new Map(data.days.map((day) => [day.date, day])), [data.days]);
  const blocks = useMemo(
    () =>
      data.lanes
        .flatMap((lane) => lane.appointments)
        .filter((block) => block.status !== 'cancelled')
        .map((block) => ({
          block,
          lane: lanes.findIndex(
            (lane) => lane.bay === block.bay && lane.date === localDate(parseISO(block.startsAt), zone),
          ),
        }))
        .filter((entry) => entry.lane >= 0),
    [data.lanes, lanes, zone],
  );
  const axis: Axis = useMemo(
    () =>
      axisOf(
        dates.map((date) => ({ date, open: daysByDate.get(date)?.open ?? [] })),
        blocks.map(({ block }) => ({ start: block.startsAt, end: block.endsAt })),
        zone,
        slot,
      ),
    [dates, daysByDate, blocks, zone, slot],
  );
  const height = (axis.end - axis.start) * pxPerMinute;
  const today = localDate(now, zone);
  const nowMinute = minuteOfDay(now, zone);
  const showNow = dates.includes(today) && nowMinute >= axis.start && nowMinute <= axis.end;
  const bayLabel = useBayLabel(data);
  const timeOf = (date: string, minute: number) => format.time(instantAt(date, minute, zone));
  const spanLabel = (date: string, minute: number, duration: number) => {
    const start = instantAt(date, minute, zone);
    return `${format.time(start)}–${format.time(new Date(start.getTime() + duration * 60_000))}`;
  };

  const initialOf = (block: CalendarBlock, lane: number): Pending => {
    const date = lanes[lane]?.date ?? dates[0] ?? '';
    return {
      id: block.id,
      lane,
      minute: wallSpan({ start: block.startsAt, end: block.endsAt }, date, zone)[0],
      duration: minutesBetween(block.startsAt, block.endsAt),
    };
  };

  const announcePending = (block: CalendarBlock, next: Pending) => {
    const lane = lanes[next.lane];
    if (!lane) return;
    onAnnounce?.(
      t('pending', {
        client: block.clientName,
        day: format.day(lane.date),
        time: spanLabel(lane.date, next.minute, next.duration),
        bay: bayLabel(lane.bay),
      }),
    );
  };

  const nudge = (block: CalendarBlock, key: NudgeKey, resize: boolean) => {
    const entry = blocks.find((candidate) => candidate.block.id === block.id);
    if (!entry) return;
    const current = pending?.id === block.id ? pending : initialOf(block, entry.lane);
    let next = current;
    if (resize && (key === 'ArrowUp' || key === 'ArrowDown')) {
      const duration = current.duration + (key === 'ArrowDown' ? slot : -slot);
      next = { ...current, duration: Math.min(Math.max(duration, slot), axis.end - current.minute) };
    } else if (key === 'ArrowUp' || key === 'ArrowDown') {
      next = {
        ...current,
        minute: clampToAxis(current.minute + (key === 'ArrowDown' ? slot : -slot), current.duration, axis),
      };
    } else {
      next = {
        ...current,
        lane: Math.min(Math.max(current.lane + (key === 'ArrowRight' ? 1 : -1), 0), lanes.length - 1),
      };
    }
    setPending(next);
    announcePending(block, next);
  };

  const commit = (block: CalendarBlock) => {
    const chosen = pending;
    setPending(null);
    const entry = blocks.find((candidate) => candidate.block.id === block.id);
    const lane = chosen ? lanes[chosen.lane] : undefined;
    if (!chosen || !entry || !lane) return;
    const initial = initialOf(block, entry.lane);
    if (initial.lane === chosen.lane && initial.minute === chosen.minute && initial.duration === chosen.duration) {
      onAnnounce?.(t('pendingCancelled'));
      return;
    }
    onMove?.(block, { ...lane, minute: chosen.minute, duration: chosen.duration });
  };

  const cancel = () => {
    if (!pending) return;
    setPending(null);
    onAnnounce?.(t('pendingCancelled'));
  };

  const onDragEnd = ({ active, over, delta }: DragEndEvent) => {
    dragEndedAt.current = Date.now();
    const block = (active.data.current as { block?: CalendarBlock } | undefined)?.block;
    const lane = over?.data.current as LaneKey | undefined;
    const entry = block ? blocks.find((candidate) => candidate.block.id === block.id) : undefined;
    const from = entry ? lanes[entry.lane] : undefined;
    if (!block || !lane || !entry || !from) return;
    // Every lane shares the axis: the time is the block's own start plus how far it travelled
    // (dnd-kit's delta counts any scrolling on the way), snapped to the slot grid.
    const initial = initialOf(block, entry.lane);
    const minute = clampToAxis(initial.minute + snap(delta.y / pxPerMinute, slot), initial.duration, axis);
    if (from.date === lane.date && from.bay === lane.bay && initial.minute === minute) return;
    onMove?.(block, { date: lane.date, bay: lane.bay, minute, duration: initial.duration });
  };

  const startResize = (block: CalendarBlock, event: PointerEvent<HTMLElement>) => {
    event.preventDefault();
    event.stopPropagation();
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    const entry = blocks.find((candidate) => candidate.block.id === block.id);
    if (!entry) return;
    const initial = initialOf(block, entry.lane);
    const startY = event.clientY;
    let duration = initial.duration;
    const move = (moved: globalThis.PointerEvent) => {
      const delta = snap((moved.clientY - startY) / pxPerMinute, slot);
      duration = Math.min(Math.max(initial.duration + delta, slot), axis.end - initial.minute);
      setResizing({ id: block.id, duration });
    };
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
      dragEndedAt.current = Date.now();
      setResizing(null);
      const lane = lanes[entry.lane];
      if (lane && duration !== initial.duration) onMove?.(block, { ...lane, minute: initial.minute, duration });
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
  };

  const weekly = dates.length > 1;
  const laneMin = large ? 14 : weekly ? 6.5 : 9;
  const hours = slotsOf({ start: Math.ceil(axis.start / 60) * 60, end: axis.end + 1 }, 60);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={laneCollision}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: { draggable: t('dragInstructions') },
        announcements: {
          onDragStart: () => undefined,
          onDragMove: () => undefined,
          onDragOver: () => undefined,
          onDragEnd: () => undefined,
          onDragCancel: () => undefined,
        },
      }}
    >
      <p id={instructionsId} className="sr-only">
        {t('dragInstructions')}
      </p>
      <div
        className="overflow-x-auto rounded-xl border border-line bg-surface"
        // Read-only lanes hold nothing focusable: the scrolling box itself takes the keys.
        {...(readOnly ? { tabIndex: 0, role: 'region', 'aria-label': t('title') } : {})}
      >
        <div style={{ minWidth: `calc(${GUTTER} + ${lanes.length * laneMin}rem)` }}>
          <div className="sticky top-0 z-20 flex border-b border-line bg-surface" style={{ paddingLeft: GUTTER }}>
            {weekly
              ? dates.map((date) => (
                  <div
                    key={date}
                    className={cx(
                      'flex-1 border-l border-line px-1 py-1.5 text-center text-sm font-semibold',
                      date === today && 'text-brand-strong',
                    )}
                  >
                    {format.day(date)}
                    {bays.length > 1 ? (
                      <div className="mt-1 flex text-xs font-normal text-ink-muted">
                        {bays.map((bay) => (
                          <span key={bay} className="flex-1 truncate">
                            {bayLabel(bay)}
                          </span>
                        ))}
                      </div>
                    ) : null}
                  </div>
                ))
              : lanes.map((lane) => (
                  <div
                    key={`${lane.date}|${lane.bay}`}
                    className={cx(
                      'flex-1 border-l border-line px-1 py-2 text-center font-semibold',
                      large ? 'text-2xl' : 'text-sm',
                    )}
                  >
                    {bayLabel(lane.bay)}
                  </div>
                ))}
          </div>
          <div className="flex">
            <div aria-hidden="true" className="relative shrink-0" style={{ width: GUTTER, height }}>
              {hours.map((minute) => (
                <span
                  key={minute}
                  className={cx(
                    'absolute right-1.5 -translate-y-1/2 text-ink-muted tabular-nums',
                    large ? 'text-base' : 'text-xs',
                  )}
                  style={{ top: Math.min(Math.max((minute - axis.start) * pxPerMinute, 8), height - 8) }}
                >
                  {String(Math.floor(minute / 60)).padStart(2, '0')}:{String(minute % 60).padStart(2, '0')}
                </span>
              ))}
            </div>
            <div className="relative flex-1" style={{ height }}>
              <div className="absolute inset-0 flex">
                {lanes.map((lane) => (
                  <LaneColumn
                    key={`${lane.date}|${lane.bay}`}
                    lane={lane}
                    day={daysByDate.get(lane.date)}
                    axis={axis}
                    slot={slot}
                    zone={zone}
                    pxPerMinute={pxPerMinute}
                    readOnly={readOnly}
                    slotLabel={(minute) =>
                      t('slot', {
                        bay: bayLabel(lane.bay),
                        day: format.day(lane.date),
                        time: timeOf(lane.date, minute),
                      })
                    }
                    laneLabel={t('lane', { bay: bayLabel(lane.bay), day: format.day(lane.date) })}
                    closedLabel={t('closed')}
                    onBook={onBook}
                  />
                ))}
              </div>
              {showNow ? (
                <div className="pointer-events-none absolute inset-0 z-10 flex" aria-hidden="true">
                  {lanes.map((lane) => (
                    <div key={`${lane.date}|${lane.bay}`} className="relative flex-1">
                      {lane.date === today ? (
                        <div
                          className="absolute inset-x-0 border-t-2 border-danger"
                          style={{ top: (nowMinute - axis.start) * pxPerMinute }}
                        />
                      ) : null}
                    </div>
                  ))}
                </div>
              ) : null}
              <div className="pointer-events-none absolute inset-0 z-20">
                {blocks.map(({ block, lane: laneIndex }) => {
                  const mine = pending?.id === block.id ? pending : null;
                  const resized = resizing?.id === block.id ? resizing.duration : null;
                  const at = mine ?? (resized !== null ? { ...initialOf(block, laneIndex), duration: resized } : null);
                  const lane = lanes[at?.lane ?? laneIndex];
                  if (!lane) return null;
                  const frame = at
                    ? { top: (at.minute - axis.start) * pxPerMinute, height: at.duration * pxPerMinute }
                    : place({ start: block.startsAt, end: block.endsAt }, lane.date, axis, zone, pxPerMinute);
                  const timeLabel = at
                    ? spanLabel(lane.date, at.minute, at.duration)
                    : `${format.time(block.startsAt)}–${format.time(block.endsAt)}`;
                  return (
                    <AppointmentBlock
                      key={block.id}
                      block={block}
                      frame={{
                        ...frame,
                        left: (at?.lane ?? laneIndex) / lanes.length,
                        width: 1 / lanes.length,
                      }}
                      timeLabel={timeLabel}
                      bayLabel={bayLabel(lane.bay)}
                      pending={at !== null}
                      readOnly={readOnly}
                      large={large}
                      instructionsId={instructionsId}
                      onOpen={(opened) => {
                        // The click that ends a drag or a resize is not a request to open the block.
                        if (Date.now() - dragEndedAt.current < BLOCK_IS_DRAGGED_FOR_MS) return;
                        onOpen?.(opened);
                      }}
                      onNudge={nudge}
                      onCommit={commit}
                      onCancel={cancel}
                      onResizeStart={startResize}
                    />
                  );
                })}
              </div>
            </div>
          </div>
        </div>
      </div>
    </DndContext>
  );
}

interface LaneColumnProps {
  readonly lane: LaneKey;
  readonly day: CalendarDay | undefined;
  readonly axis: Axis;
  readonly slot: number;
  readonly zone: string;
  readonly pxPerMinute: number;
  readonly readOnly?: boolean;
  readonly slotLabel: (minute: number) => string;
  readonly laneLabel: string;
  readonly closedLabel: string;
  readonly onBook?: (target: LaneKey & { readonly minute: number }) => void;
}

/**
 * One bay on one day, the drop target: while a block is dragged, dnd-kit re-renders every
 * droppable when the lane under the pointer changes, so the lane's contents (its slots, each a
 * labelled button) sit in a memoised component that this re-render does not reach.
 */
function LaneColumn({ laneLabel, ...contents }: LaneColumnProps) {
  const { setNodeRef, isOver } = useDroppable({
    id: `${contents.lane.date}|${contents.lane.bay}`,
    data: contents.lane,
  });
  return (
    <div
      ref={setNodeRef}
      role="group"
      aria-label={laneLabel}
      className={cx('relative flex-1 border-l border-line', isOver && 'ring-2 ring-focus ring-inset')}
      style={CLOSED_SHADE}
    >
      <LaneContents {...contents} />
    </div>
  );
}

/** Closed time shaded, open hours plain, an empty slot a button to book it. */
const LaneContents = memo(function LaneContents({
  lane,
  day,
  axis,
  slot,
  zone,
  pxPerMinute,
  readOnly,
  slotLabel,
  closedLabel,
  onBook,
}: Omit<LaneColumnProps, 'laneLabel'>) {
  const closed = !day || day.closed || day.open.length === 0;
  return (
    <>
      {(day?.open ?? []).map((range) => {
        const frame = place(range, lane.date, axis, zone, pxPerMinute);
        return (
          <div
            key={range.start}
            aria-hidden="true"
            className="absolute inset-x-0 bg-surface"
            style={{ top: frame.top, height: frame.height }}
          />
        );
      })}
      {closed ? (
        <p className="absolute inset-x-0 top-2 text-center text-xs font-semibold text-ink-muted">{closedLabel}</p>
      ) : null}
      {slotsOf(axis, slot).map((minute) =>
        readOnly ? (
          <div
            key={minute}
            aria-hidden="true"
            className={cx('absolute inset-x-0 border-t', minute % 60 === 0 ? 'border-line' : 'border-line/40')}
            style={{ top: (minute - axis.start) * pxPerMinute, height: slot * pxPerMinute }}
          />
        ) : (
          <button
            key={minute}
            type="button"
            aria-label={slotLabel(minute)}
            onClick={() => onBook?.({ ...lane, minute })}
            className={cx(
              'group absolute inset-x-0 flex items-center justify-center border-t text-brand-strong',
              'hover:bg-brand-soft focus-visible:z-10 focus-visible:bg-brand-soft',
              minute % 60 === 0 ? 'border-line' : 'border-line/40',
            )}
            style={{ top: (minute - axis.start) * pxPerMinute, height: slot * pxPerMinute }}
          >
            <Plus
              aria-hidden="true"
              className="size-4 opacity-0 group-hover:opacity-100 group-focus-visible:opacity-100"
            />
          </button>
        ),
      )}
    </>
  );
});
