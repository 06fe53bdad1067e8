import { Pause, Pencil, Play, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { Badge } from '@/ui/badge';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { Dialog } from '@/ui/dialog';
import { EmptyState } from '@/ui/empty-state';
import { useMyClock, useRefreshOrder, type Order, type OrderLine } from '../api/order-queries';
import { formatMoney, formatQuantity, formatVatRate } from '../utils/money';
import { CLOCKABLE, LINES_EDITABLE } from '../utils/status';
import { LineEditorDialog } from './line-editor-dialog';
import { OrderTotals } from './order-totals';

const APPROVAL_TONE = { pending: 'warning', approved: 'success', declined: 'danger' } as const;

export function LinesCard({ order }: { readonly order: Order }) {
  const { t } = useTranslation('orders');
  const [editing, setEditing] = useState<OrderLine | 'new'>();
  const [deleting, setDeleting] = useState<OrderLine>();
  const editable = LINES_EDITABLE.includes(order.status);
  return (
    <Card
      title={t('lines.title')}
      actions={
        editable ? (
          <Button size="sm" onClick={() => setEditing('new')} className="print:hidden">
            <Plus aria-hidden="true" className="size-4" />
            {t('lines.add')}
          </Button>
        ) : null
      }
    >
      {!editable ? <p className="mb-3 text-sm text-ink-muted print:hidden">{t('lines.locked')}</p> : null}
      {order.lines.length === 0 ? (
        <EmptyState
          title={t('lines.empty')}
          action={
            editable ? (
              <Button onClick={() => setEditing('new')}>
                <Plus aria-hidden="true" className="size-4" />
                {t('lines.addFirst')}
              </Button>
            ) : undefined
          }
        >
          {t('lines.emptyHint')}
        </EmptyState>
      ) : (
        <ul aria-label={t('lines.title')} className="flex flex-col divide-y divide-line">
          {order.lines.map((line) => (
            <LineRow
              key={line.id}
              order={order}
              line={line}
              editable={editable}
              onEdit={() => setEditing(line)}
              onDelete={() => setDeleting(line)}
            />
          ))}
        </ul>
      )}
      {order.lines.length > 0 ? <OrderTotals order={order} /> : null}
      <LineEditorDialog
        order={order}
        line={editing === 'new' ? undefined : editing}
        open={editing !== undefined}
        onOpenChange={(open) => (open ? undefined : setEditing(undefined))}
      />
      <DeleteLineDialog order={order} line={deleting} onClose={() => setDeleting(undefined)} />
    </Card>
  );
}

function LineRow({
  order,
  line,
  editable,
  onEdit,
  onDelete,
}: {
  readonly order: Order;
  readonly line: OrderLine;
  readonly editable: boolean;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
}) {
  const { t, i18n } = useTranslation('orders');
  const mechanic = order.mechanics.find((person) => person.userId === line.mechanicUserId);
  const money = (minor: number) => formatMoney(minor, order.currency, i18n.language);
  const unit =
    line.kind === 'labour'
      ? t('lines.hours', { value: formatQuantity(line.quantity, i18n.language) })
      : formatQuantity(line.quantity, i18n.language);
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="flex min-w-0 flex-col gap-1">
        <p className="font-medium break-words">{line.description}</p>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-muted">
          <span>{t(`kinds.${line.kind}`)}</span>
          <span>
            {unit} × {money(line.unitPriceMinor)}
          </span>
          <span>{t('lines.vat', { rate: formatVatRate(line.vatRateBp, i18n.language) })}</span>
          {mechanic ? <span>{t('lines.mechanic', { name: mechanic.name })}</span> : null}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2 sm:flex-col sm:items-end">
        <span className={line.approval === 'declined' ? 'font-semibold line-through' : 'font-semibold'}>
          {money(line.netMinor)}
        </span>
        <Badge tone={APPROVAL_TONE[line.approval]}>{t(`approval.${line.approval}`)}</Badge>
        <div className="flex flex-wrap gap-1 print:hidden">
          <ClockButton order={order} line={line} />
          {editable ? (
            <>
              <Button
                variant="ghost"
                size="sm"
                onClick={onEdit}
                aria-label={t('lines.edit', { line: line.description })}
                className="min-h-10"
              >
                <Pencil aria-hidden="true" className="size-4" />
              </Button>
              <Button
                variant="ghost"
                size="sm"
                onClick={onDelete}
                aria-label={t('lines.delete', { line: line.description })}
                className="min-h-10"
              >
                <Trash2 aria-hidden="true" className="size-4" />
              </Button>
            </>
          ) : null}
        </div>
      </div>
    </li>
  );
}

/**
 * One tap starts or stops the person's clock on a labour line. Starting it here stops the one
 * running elsewhere at the same instant (the API does that and says which one it stopped).
 */
function ClockButton({ order, line }: { readonly order: Order; readonly line: OrderLine }) {
  const { t } = useTranslation('orders');
  const me = useMe();
  const clock = useMyClock();
  const refresh = useRefreshOrder();
  const start = $api.useMutation('post', '/api/v1/repair-orders/{id}/lines/{lineId}/clock/start');
  const stop = $api.useMutation('post', '/api/v1/repair-orders/{id}/lines/{lineId}/clock/stop');
  const assigned = order.mechanics.some((person) => person.userId === me.user.id);
  if (line.kind !== 'labour' || line.approval === 'declined' || !assigned) return null;
  const running = clock.data?.running?.lineId === line.id;
  if (!running && !CLOCKABLE.includes(order.status)) return null;
  const params = { params: { path: { id: order.id, lineId: line.id } } };

  const toggle = async () => {
    try {
      if (running) {
        await stop.mutateAsync(params);
        toast.success(t('clock.stopped'));
      } else {
        const answer = await start.mutateAsync(params);
        toast.success(answer.stopped ? t('clock.switched') : t('clock.started'));
      }
    } catch (error) {
      toast.error(asProblem(error)?.detail ?? t('failed'));
    }
    await refresh();
  };

  return (
    <Button
      variant={running ? 'danger' : 'secondary'}
      size="sm"
      className="min-h-10"
      busy={start.isPending || stop.isPending}
      aria-pressed={running}
      onClick={() => void toggle()}
      aria-label={t(running ? 'clock.stopOn' : 'clock.startOn', { line: line.description })}
    >
      {running ? <Pause aria-hidden="true" className="size-4" /> : <Play aria-hidden="true" className="size-4" />}
      {running ? t('clock.stop') : t('clock.start')}
    </Button>
  );
}

function DeleteLineDialog({
  order,
  line,
  onClose,
}: {
  readonly order: Order;
  readonly line?: OrderLine;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('orders');
  const refresh = useRefreshOrder();
  const remove = $api.useMutation('delete', '/api/v1/repair-orders/{id}/lines/{lineId}');
  const confirm = async () => {
    if (!line) return;
    try {
      await remove.mutateAsync({ params: { path: { id: order.id, lineId: line.id } } });
      await refresh();
      toast.success(t('lines.deleted'));
      onClose();
    } catch {
      // Shown below from the mutation's error.
    }
  };
  return (
    <Dialog
      open={line !== undefined}
      onOpenChange={(open) => (open ? undefined : (remove.reset(), onClose()))}
      title={t('lines.deleteTitle')}
      description={line ? t('lines.deleteBody', { line: line.description }) : undefined}
    >
      {remove.isError ? (
        <Alert tone="danger" className="mb-3">
          {asProblem(remove.error)?.detail ?? t('failed')}
        </Alert>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          {t('cancel')}
        </Button>
        <Button variant="danger" busy={remove.isPending} onClick={() => void confirm()}>
          {t('lines.deleteConfirm')}
        </Button>
      </div>
    </Dialog>
  );
}
