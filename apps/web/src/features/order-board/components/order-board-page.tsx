import { Link, useSearch } from '@tanstack/react-router';
import { Monitor, Plus } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { Button, buttonClasses } from '@/ui/button';
import { EmptyState } from '@/ui/empty-state';
import { LoadFailed } from '@/ui/load-failed';
import { PageHeader } from '@/ui/page-header';
import { Skeleton } from '@/ui/skeleton';
import { useBoard, type BoardCard } from '../api/board-queries';
import { useBoardMoves } from '../hooks/use-board-moves';
import { useNow } from '../hooks/use-now';
import { hasFilters, type BoardSearch } from '../utils/board-search';
import type { OrderStatus } from '../utils/drop-rules';
import { BoardColumns } from './board-columns';
import { BoardFilters } from './board-filters';
import { NewOrderDialog } from './new-order-dialog';
import { TvBoard } from './tv-board';

/** `/orders`: the repair-order board, or its TV view with `?tv=1`. */
export function OrderBoardPage() {
  const search = useSearch({ from: '/_staff/orders/' });
  return search.tv ? <TvBoard search={search} /> : <StaffBoard search={search} />;
}

function StaffBoard({ search }: { readonly search: BoardSearch }) {
  const { t } = useTranslation('order-board');
  const me = useMe();
  const board = useBoard(search);
  const now = useNow();
  const { moveCard, pending, refusal, dismissRefusal } = useBoardMoves();
  const [creating, setCreating] = useState(false);
  // One function for the page's life: `moveCard` changes with every mutation state, and a new
  // `onMove` would re-render all memoised cards.
  const latestMove = useRef(moveCard);
  useEffect(() => {
    latestMove.current = moveCard;
  }, [moveCard]);
  const onMove = useCallback((card: BoardCard, to: OrderStatus) => void latestMove.current(card, to), []);
  const mayCreate = roleAtLeast(me.role, 'manager');
  const empty = board.data?.columns.every((column) => column.count === 0) ?? false;

  const newOrder = mayCreate ? (
    <Button onClick={() => setCreating(true)}>
      <Plus aria-hidden="true" className="size-4" />
      {t('newOrder.open')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('board.title')}
        actions={
          <>
            <Link to="/orders" search={{ ...search, tv: true }} className={buttonClasses('secondary')}>
              <Monitor aria-hidden="true" className="size-4" />
              {t('tv.open')}
            </Link>
            {newOrder}
          </>
        }
      />
      <BoardFilters search={search} />
      {refusal ? (
        <Alert
          tone="danger"
          className="mb-4"
          title={t('move.refused', { number: refusal.number, status: t(`status.${refusal.to}`) })}
          action={
            <Button size="sm" variant="secondary" onClick={dismissRefusal}>
              {t('move.dismiss')}
            </Button>
          }
        >
          {refusal.reason ? <p>{refusal.reason}</p> : null}
          {refusal.allowed ? (
            <p>
              {refusal.allowed.length > 0
                ? t('move.allowed', { statuses: refusal.allowed.map((status) => t(`status.${status}`)).join(', ') })
                : t('move.noneAllowed')}
            </p>
          ) : null}
        </Alert>
      ) : null}
      {board.isPending ? (
        <div className="flex gap-3 overflow-hidden" role="status" aria-label={t('board.loading')}>
          {[0, 1, 2, 3].map((index) => (
            <div key={index} className="flex w-72 shrink-0 flex-col gap-2 rounded-xl border border-line bg-surface p-2">
              <Skeleton className="h-5 w-24" />
              <Skeleton className="h-28" />
              <Skeleton className="h-28" />
            </div>
          ))}
        </div>
      ) : board.isError && !board.data ? (
        <LoadFailed title={t('board.failed')} retryLabel={t('retry')} onRetry={() => void board.refetch()} />
      ) : empty ? (
        hasFilters(search) ? (
          <EmptyState title={t('board.noMatches')}>{t('board.noMatchesHint')}</EmptyState>
        ) : (
          <EmptyState title={t('board.empty')} action={newOrder}>
            {t(mayCreate ? 'board.emptyHint' : 'board.emptyHintMechanic')}
          </EmptyState>
        )
      ) : board.data ? (
        <>
          {board.isError ? <Alert tone="warning" className="mb-4" title={t('board.stale')} /> : null}
          <BoardColumns columns={board.data.columns} now={now} pending={pending} onMove={onMove} />
        </>
      ) : null}
      {mayCreate ? <NewOrderDialog open={creating} onOpenChange={setCreating} /> : null}
    </>
  );
}
