import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asProblem } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Button, buttonClasses } from '@/ui/button';
import { cx } from '@/ui/class-names';
import { Dialog } from '@/ui/dialog';
import { PlateChip } from '@/ui/plate-chip';
import {
  useChangeStatus,
  useOpenRepairOrder,
  type AppointmentStatus,
  type CalendarBlock,
} from '../api/calendar-queries';
import { useCalendarFormat } from '../hooks/use-calendar-format';
import { localDate } from '../utils/calendar-geometry';
import { refusalMessage } from '../utils/refusal-message';
import { NEXT_STATUSES, STATUS_STYLE } from '../utils/status-style';

/** An appointment's details and what can happen to it next: status changes, then a repair order. */
export function AppointmentDialog({
  block,
  timeZone,
  bayLabel,
  onClose,
}: {
  readonly block: CalendarBlock;
  readonly timeZone: string;
  /** The bay as the schedule names it. */
  readonly bayLabel: string;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('calendar');
  const format = useCalendarFormat(timeZone);
  const changeStatus = useChangeStatus();
  const openOrder = useOpenRepairOrder();
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const next = NEXT_STATUSES[block.status];
  const order = openOrder.data;

  const change = (status: AppointmentStatus) => {
    setProblem(null);
    changeStatus.mutate(
      { id: block.id, status },
      {
        onSuccess: () => setDone(t('details.statusChanged', { status: t(`status.${status}`) })),
        onError: (error) => setProblem(refusalMessage(t, asProblem(error))),
      },
    );
  };

  const open = () => {
    if (!block.vehicleId) return;
    setProblem(null);
    openOrder.mutate(
      { vehicleId: block.vehicleId, clientId: block.clientId, appointmentId: block.id },
      { onError: (error) => setProblem(asProblem(error)?.detail ?? t('details.orderFailed')) },
    );
  };

  return (
    <Dialog open onOpenChange={(isOpen) => (isOpen ? undefined : onClose())} title={block.clientName}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-ink-muted">{t('details.when')}</dt>
        <dd>
          {format.day(localDate(new Date(block.startsAt), timeZone))}, {format.time(block.startsAt)}–
          {format.time(block.endsAt)}
        </dd>
        <dt className="text-ink-muted">{t('details.bay')}</dt>
        <dd>{bayLabel}</dd>
        <dt className="text-ink-muted">{t('details.vehicle')}</dt>
        <dd className="flex flex-wrap items-center gap-2">
          {block.vehicle ? (
            <>
              {block.vehicle.plate ? <PlateChip plate={block.vehicle.plate} /> : null}
              <span>
                {block.vehicle.make} {block.vehicle.model}
              </span>
            </>
          ) : (
            t('noVehicle')
          )}
        </dd>
        <dt className="text-ink-muted">{t('details.services')}</dt>
        <dd>{block.services.map((service) => service.name).join(', ')}</dd>
        <dt className="text-ink-muted">{t('details.status')}</dt>
        <dd className={cx('font-semibold', STATUS_STYLE[block.status].badge)}>{t(`status.${block.status}`)}</dd>
      </dl>
      <div className="mt-5 flex flex-col gap-3">
        {next.length > 0 ? (
          <div role="group" aria-label={t('details.changeStatus')} className="flex flex-wrap gap-2">
            {next.map((status) => (
              <Button
                key={status}
                variant={status === 'cancelled' || status === 'no_show' ? 'secondary' : 'primary'}
                busy={changeStatus.isPending && changeStatus.variables?.status === status}
                disabled={changeStatus.isPending}
                onClick={() => change(status)}
              >
                {t(`actions.${status}`)}
              </Button>
            ))}
          </div>
        ) : (
          <p className="text-sm text-ink-muted">{t('details.noActions')}</p>
        )}
        {block.status === 'checked_in' && !order ? (
          block.vehicleId ? (
            <Button variant="primary" busy={openOrder.isPending} onClick={open}>
              {t('details.openOrder')}
            </Button>
          ) : (
            <p className="text-sm text-ink-muted">{t('details.orderNeedsVehicle')}</p>
          )
        ) : null}
        {done ? (
          <p role="status" className="text-sm font-semibold">
            {done}
          </p>
        ) : null}
        {order ? (
          <Alert tone="success" title={t('details.orderOpened', { number: order.number })}>
            <Link
              to="/orders/$orderId"
              params={{ orderId: order.id }}
              className={buttonClasses('secondary', 'sm', 'mt-2')}
            >
              {t('details.viewOrder', { number: order.number })}
            </Link>
          </Alert>
        ) : null}
        {problem ? <Alert tone="danger">{problem}</Alert> : null}
      </div>
    </Dialog>
  );
}
