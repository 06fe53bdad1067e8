import { useNavigate } from '@tanstack/react-router';
import { X } from 'lucide-react';
import { Dialog as RadixDialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/session/me';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { LoadFailed } from '@/ui/load-failed';
import { Spinner } from '@/ui/spinner';
import { TV_POLL_MS, useBoard } from '../api/board-queries';
import { useNow } from '../hooks/use-now';
import type { BoardSearch } from '../utils/board-search';
import { TV_STATUSES } from '../utils/board-statuses';
import { CardBody } from './board-card';
import { BoardColumn } from './board-column';

/**
 * The board for a wall screen: the open work in large type, read-only, refreshed every 15 s.
 * Full screen over the app (Escape or the close button go back to the board); the URL keeps
 * `?tv=1`, so a screen can be pointed at it.
 */
export function TvBoard({ search }: { readonly search: BoardSearch }) {
  const { t } = useTranslation('order-board');
  const me = useMe();
  const format = useWorkshopFormat();
  const navigate = useNavigate({ from: '/orders/' });
  const board = useBoard(search, TV_POLL_MS);
  const now = useNow();
  const close = () => void navigate({ search: (prev) => ({ ...prev, tv: undefined }) });
  const columns = board.data?.columns.filter((column) => TV_STATUSES.includes(column.status)) ?? [];

  return (
    <RadixDialog.Root open onOpenChange={(open) => (open ? undefined : close())}>
      <RadixDialog.Portal>
        <RadixDialog.Content className="fixed inset-0 z-50 flex flex-col gap-4 overflow-auto bg-canvas p-4 text-ink sm:p-6">
          <header className="flex items-center justify-between gap-4">
            <div className="min-w-0">
              <RadixDialog.Title className="text-2xl font-bold tracking-tight break-words sm:text-4xl">
                {t('tv.title', { workshop: me.workshop.name })}
              </RadixDialog.Title>
              <RadixDialog.Description className="text-lg text-ink-muted">
                {board.data ? t('tv.updated', { time: format.dateTime(board.data.generatedAt) }) : t('tv.loading')}
              </RadixDialog.Description>
            </div>
            <RadixDialog.Close
              className="shrink-0 rounded-lg border border-line bg-surface p-3 text-ink hover:bg-surface-2"
              aria-label={t('tv.close')}
            >
              <X aria-hidden="true" className="size-6" />
            </RadixDialog.Close>
          </header>
          {board.isPending ? (
            <div className="flex flex-1 items-center justify-center" role="status" aria-label={t('board.loading')}>
              <Spinner />
            </div>
          ) : board.isError ? (
            <LoadFailed title={t('board.failed')} retryLabel={t('retry')} onRetry={() => void board.refetch()} />
          ) : (
            <div
              className="relative flex flex-1 items-start gap-4 overflow-x-auto"
              role="region"
              aria-label={t('board.label')}
              tabIndex={0}
            >
              {columns.map((column) => (
                <BoardColumn
                  key={column.status}
                  status={column.status}
                  count={column.count}
                  shown={column.cards.length}
                  dropState="idle"
                  large
                >
                  {column.cards.length > 0 ? (
                    <ul className="flex flex-col gap-3">
                      {column.cards.map((card) => (
                        <li key={card.id}>
                          <article
                            aria-label={t('card.title', { number: card.number })}
                            className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4"
                          >
                            <p className="text-2xl font-bold">{t('card.title', { number: card.number })}</p>
                            <CardBody card={card} now={now} large />
                          </article>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="px-1 py-4 text-center text-lg text-ink-muted">{t('column.empty')}</p>
                  )}
                </BoardColumn>
              ))}
            </div>
          )}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
