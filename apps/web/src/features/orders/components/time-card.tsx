import { Plus, Timer } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { Badge } from '@/ui/badge';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { EmptyState } from '@/ui/empty-state';
import { LoadFailed } from '@/ui/load-failed';
import { LoadingRows } from '@/ui/skeleton';
import { useOrderTime, useTimeEntries, type Order, type OrderTime } from '../api/order-queries';
import { formatQuantity } from '../utils/money';
import { HoursTable } from './hours-table';
import { ManualTimeDialog } from './manual-time-dialog';

/** Hours sold (the estimate) against hours clocked, per line and per mechanic; manual entries. */
export function TimeCard({ order }: { readonly order: Order }) {
  const { t } = useTranslation('orders');
  const me = useMe();
  const time = useOrderTime(order.id);
  const [adding, setAdding] = useState(false);
  const manager = roleAtLeast(me.role, 'manager');
  const canAdd =
    manager &&
    order.mechanics.length > 0 &&
    order.lines.some((line) => line.kind === 'labour' && line.approval !== 'declined');
  return (
    <Card
      title={t('time.title')}
      actions={
        canAdd ? (
          <Button size="sm" variant="secondary" onClick={() => setAdding(true)} className="print:hidden">
            <Plus aria-hidden="true" className="size-4" />
            {t('time.addManual')}
          </Button>
        ) : null
      }
    >
      {time.isPending ? (
        <LoadingRows label={t('time.loading')} rows={2} />
      ) : time.isError ? (
        <LoadFailed title={t('time.failed')} retryLabel={t('retry')} onRetry={() => void time.refetch()} />
      ) : time.data.lines.length === 0 ? (
        <EmptyState title={t('time.empty')}>{t('time.emptyHint')}</EmptyState>
      ) : (
        <TimeTables time={time.data} />
      )}
      <TimeEntries order={order} names={time.data?.mechanics ?? []} />
      {canAdd ? <ManualTimeDialog order={order} open={adding} onOpenChange={setAdding} /> : null}
    </Card>
  );
}

function TimeTables({ time }: { readonly time: OrderTime }) {
  const { t } = useTranslation('orders');
  return (
    <div className="flex flex-col gap-4">
      <HoursTable
        caption={t('time.perLine')}
        subject={t('time.line')}
        rows={time.lines.map((line) => ({
          key: line.lineId,
          label: (
            <>
              {line.description}
              {line.runningClocks > 0 ? (
                <span className="mt-1 block">
                  <Badge tone="brand" className="whitespace-nowrap">
                    <Timer aria-hidden="true" className="mr-1 inline size-3" />
                    {t('time.running', { count: line.runningClocks })}
                  </Badge>
                </span>
              ) : null}
            </>
          ),
          sold: line.estimatedHours,
          clocked: line.clockedHours,
          over: line.clockedHours > line.estimatedHours,
        }))}
        total={{ sold: time.totals.estimatedHours, clocked: time.totals.clockedHours }}
      />
      {time.mechanics.length > 0 ? (
        <HoursTable
          caption={t('time.perMechanic')}
          subject={t('time.mechanic')}
          rows={time.mechanics.map((person) => ({
            key: person.userId,
            label: (
              <>
                {person.name}
                {person.running ? <span className="ml-2 text-xs text-ink-muted">{t('time.clockRunning')}</span> : null}
                {!person.assigned ? <span className="ml-2 text-xs text-ink-muted">{t('time.notAssigned')}</span> : null}
              </>
            ),
            sold: person.soldHours,
            clocked: person.clockedHours,
          }))}
        />
      ) : null}
    </div>
  );
}

function TimeEntries({
  order,
  names,
}: {
  readonly order: Order;
  readonly names: readonly { userId: string; name: string }[];
}) {
  const { t, i18n } = useTranslation('orders');
  const format = useWorkshopFormat();
  const entries = useTimeEntries(order.id);
  const items = entries.data?.items ?? [];
  if (items.length === 0) return null;
  const nameOf = (userId: string) => names.find((person) => person.userId === userId)?.name ?? t('time.someone');
  const lineOf = (lineId: string) => order.lines.find((line) => line.id === lineId)?.description ?? '';
  return (
    <details className="mt-4 rounded-lg border border-line p-3 text-sm">
      <summary className="cursor-pointer font-medium">{t('time.entries', { count: items.length })}</summary>
      <ul className="mt-2 flex flex-col divide-y divide-line">
        {items.map((entry) => (
          <li key={entry.id} className="flex flex-wrap justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{nameOf(entry.userId)}</span> · {lineOf(entry.lineId)}
            </span>
            <span className="text-ink-muted">
              {format.dateTime(entry.startedAt)} – {entry.stoppedAt ? format.dateTime(entry.stoppedAt) : t('time.now')}{' '}
              · {t('lines.hours', { value: formatQuantity(entry.hours, i18n.language) })}
              {entry.stoppedBy ? ` · ${t(`time.stoppedBy.${entry.stoppedBy}`)}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
