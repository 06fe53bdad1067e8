import { Phone, Send } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { Badge } from '@/ui/badge';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { EmptyState } from '@/ui/empty-state';
import { LoadFailed } from '@/ui/load-failed';
import { LoadingRows } from '@/ui/skeleton';
import { useEstimates, type EstimateVersion, type Order } from '../api/order-queries';
import { linesNeedingNewEstimate } from '../utils/estimate-coverage';
import { formatMoney } from '../utils/money';
import { RecordApprovalDialog } from './record-approval-dialog';

const STATE_TONE = { open: 'brand', decided: 'success', superseded: 'neutral', expired: 'warning' } as const;

export function EstimatesCard({
  order,
  onSendEstimate,
}: {
  readonly order: Order;
  readonly onSendEstimate: () => void;
}) {
  const { t } = useTranslation('orders');
  const me = useMe();
  const estimates = useEstimates(order.id);
  const [recording, setRecording] = useState<EstimateVersion>();
  const manager = roleAtLeast(me.role, 'manager');
  const pending = order.lines.some((line) => line.approval === 'pending');
  const canSend =
    manager &&
    pending &&
    (order.status === 'draft' ||
      order.status === 'estimate_sent' ||
      order.status === 'in_progress' ||
      order.status === 'waiting_parts');
  const stale = estimates.data ? linesNeedingNewEstimate(order, estimates.data.items) : [];
  return (
    <Card
      title={t('estimates.title')}
      actions={
        canSend ? (
          <Button size="sm" onClick={onSendEstimate} className="print:hidden">
            <Send aria-hidden="true" className="size-4" />
            {t('estimates.send')}
          </Button>
        ) : null
      }
    >
      {estimates.isPending ? (
        <LoadingRows label={t('estimates.loading')} rows={2} />
      ) : estimates.isError ? (
        <LoadFailed title={t('estimates.failed')} retryLabel={t('retry')} onRetry={() => void estimates.refetch()} />
      ) : estimates.data.items.length === 0 ? (
        <EmptyState title={t('estimates.empty')}>
          {pending ? t('estimates.emptyHint') : t('estimates.emptyNoLines')}
        </EmptyState>
      ) : (
        <>
          {stale.length > 0 ? (
            <Alert tone="warning" title={t('estimates.newNeeded.title', { count: stale.length })} className="mb-3">
              <p>{t('estimates.newNeeded.body', { count: stale.length })}</p>
              <ul aria-label={t('estimates.newNeeded.lines')} className="my-2 list-disc pl-5">
                {stale.map((line) => (
                  <li key={line.id}>{line.description}</li>
                ))}
              </ul>
              {canSend ? (
                <Button size="sm" onClick={onSendEstimate} className="print:hidden">
                  {t('unapproved.sendNew')}
                </Button>
              ) : null}
            </Alert>
          ) : null}
          <ol aria-label={t('estimates.title')} className="flex flex-col gap-3">
            {estimates.data.items.map((version) => (
              <EstimateRow
                key={version.version}
                order={order}
                version={version}
                onRecord={manager && version.state === 'open' ? () => setRecording(version) : undefined}
              />
            ))}
          </ol>
        </>
      )}
      <RecordApprovalDialog order={order} version={recording} onClose={() => setRecording(undefined)} />
    </Card>
  );
}

function EstimateRow({
  order,
  version,
  onRecord,
}: {
  readonly order: Order;
  readonly version: EstimateVersion;
  readonly onRecord?: () => void;
}) {
  const { t, i18n } = useTranslation('orders');
  const format = useWorkshopFormat();
  const money = (minor: number) => formatMoney(minor, order.currency, i18n.language);
  const { decision, snapshot } = version;
  const describe = (lineId: string) =>
    snapshot.lines.find((line) => line.id === lineId)?.description ??
    order.lines.find((line) => line.id === lineId)?.description ??
    t('estimates.removedLine');
  return (
    <li className="rounded-lg border border-line p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold">{t('estimates.version', { version: version.version })}</h3>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={STATE_TONE[version.state]}>{t(`estimates.states.${version.state}`)}</Badge>
          <Badge>{t(`estimates.delivery.${version.delivery}`)}</Badge>
        </div>
      </div>
      <p className="mt-1 text-sm text-ink-muted">
        {t('estimates.issued', { date: format.dateTime(snapshot.issuedAt) })} ·{' '}
        {t('estimates.asked', { total: money(snapshot.openTotals.grossMinor) })}
      </p>
      {decision ? (
        <div className="mt-3 rounded-md bg-surface-2 p-3 text-sm">
          <p className="font-medium">
            {t(decision.method === 'staff' ? 'estimates.decidedByPhone' : 'estimates.decidedOnline', {
              name: decision.signatureName,
              date: format.dateTime(decision.decidedAt),
            })}
          </p>
          <ul
            aria-label={t('estimates.decisionLines', { version: version.version })}
            className="mt-2 flex flex-col gap-1"
          >
            {decision.lines.map((entry) => (
              <li key={entry.lineId} className="flex items-start justify-between gap-3">
                <span className="break-words">{describe(entry.lineId)}</span>
                <Badge tone={entry.approved ? 'success' : 'danger'}>
                  {entry.approved ? t('approval.approved') : t('approval.declined')}
                </Badge>
              </li>
            ))}
          </ul>
          {decision.note ? <p className="mt-2 whitespace-pre-line text-ink-muted">{decision.note}</p> : null}
        </div>
      ) : null}
      <p className="mt-2 text-xs text-ink-muted">
        {t('estimates.hash')} <code className="font-mono break-all text-ink">{version.hash}</code>
      </p>
      {onRecord ? (
        <Button variant="secondary" size="sm" className="mt-3 min-h-10 print:hidden" onClick={onRecord}>
          <Phone aria-hidden="true" className="size-4" />
          {t('estimates.recordPhone')}
        </Button>
      ) : null}
    </li>
  );
}
