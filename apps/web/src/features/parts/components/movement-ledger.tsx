import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { Badge } from '@/ui/badge';
import { Card } from '@/ui/card';
import { EmptyState } from '@/ui/empty-state';
import { LoadFailed } from '@/ui/load-failed';
import { Pagination } from '@/ui/pagination';
import { ResponsiveTable } from '@/ui/responsive-table';
import { LoadingRows } from '@/ui/skeleton';
import { useMovements, type Part, type StockMovement } from '../api/part-queries';

const KIND_TONE = { receive: 'success', use: 'brand', return: 'neutral', adjust: 'warning' } as const;

/** The part's stock ledger, newest first: when (workshop's zone), what, how many, why, who, which order, balance after. An empty one offers `actions` (receive, adjust). */
export function MovementLedger({ part, actions }: { readonly part: Part; readonly actions?: React.ReactNode }) {
  const { t } = useTranslation('parts');
  const format = useWorkshopFormat();
  const [page, setPage] = useState(1);
  const movements = useMovements(part.id, page);
  const dash = <span className="text-ink-muted">—</span>;
  const signed = (movement: StockMovement) =>
    movement.quantity > 0 ? `+${format.number(movement.quantity)}` : `−${format.number(-movement.quantity)}`;
  const order = (movement: StockMovement) =>
    movement.repairOrderNumber !== null ? t('ledger.order', { number: movement.repairOrderNumber }) : null;

  let body: React.ReactNode;
  if (movements.isPending) body = <LoadingRows label={t('ledger.loading')} rows={4} />;
  else if (movements.isError) {
    body = <LoadFailed title={t('ledger.failed')} retryLabel={t('retry')} onRetry={() => void movements.refetch()} />;
  } else if (movements.data.items.length === 0) {
    body = (
      <EmptyState title={t('ledger.empty')} action={actions}>
        {t('ledger.emptyHint')}
      </EmptyState>
    );
  } else {
    body = (
      <>
        <ResponsiveTable
          rows={movements.data.items}
          rowKey={(movement) => movement.id}
          caption={t('ledger.title')}
          columns={[
            {
              header: t('ledger.columns.when'),
              cell: (m) => format.dateTime(m.createdAt),
              className: 'whitespace-nowrap',
            },
            {
              header: t('ledger.columns.kind'),
              cell: (m) => <Badge tone={KIND_TONE[m.kind]}>{t(`kinds.${m.kind}`)}</Badge>,
            },
            {
              header: t('ledger.columns.quantity'),
              cell: (m) => signed(m),
              className: 'text-right tabular-nums font-medium',
            },
            {
              header: t('ledger.columns.balance'),
              cell: (m) => format.number(m.balanceAfter),
              className: 'text-right tabular-nums',
            },
            { header: t('ledger.columns.reason'), cell: (m) => m.reason ?? dash },
            { header: t('ledger.columns.who'), cell: (m) => m.actorName ?? dash },
            { header: t('ledger.columns.order'), cell: (m) => order(m) ?? dash, className: 'whitespace-nowrap' },
          ]}
          card={(m) => (
            <div className="flex flex-col gap-1 rounded-xl border border-line bg-surface p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <Badge tone={KIND_TONE[m.kind]}>{t(`kinds.${m.kind}`)}</Badge>
                <span className="font-semibold tabular-nums">
                  {signed(m)} → {t('ledger.balanceShort', { balance: format.number(m.balanceAfter) })}
                </span>
              </div>
              {m.reason ? <p className="text-sm">{m.reason}</p> : null}
              <p className="text-sm text-ink-muted">
                {[format.dateTime(m.createdAt), m.actorName, order(m)].filter(Boolean).join(' · ')}
              </p>
            </div>
          )}
        />
        <Pagination
          page={movements.data.page}
          limit={movements.data.limit}
          total={movements.data.total}
          onPage={setPage}
        />
      </>
    );
  }
  return <Card title={t('ledger.title')}>{body}</Card>;
}
