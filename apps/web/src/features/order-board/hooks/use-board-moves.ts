import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { asProblem } from '@/lib/api/problem';
import { useMoveOrder, useRefreshBoard, type BoardCard } from '../api/board-queries';
import { canUndo, dropOutcome, type OrderStatus } from '../utils/drop-rules';

/** A move on its way: the card shows in its new column until the board answers again. */
export interface PendingMove {
  readonly id: string;
  readonly to: OrderStatus;
}

/** Why the last move did not happen, said above the board. */
export interface MoveRefusal {
  readonly number: number;
  readonly to: OrderStatus;
  /** The API's own reason; null when the board refused before asking (a greyed-out column). */
  readonly reason: string | null;
  /** Where it may go instead; null when the refusal is about the order, not the target. */
  readonly allowed: readonly OrderStatus[] | null;
}

/**
 * Moving cards, by drag or by the status menu: one `POST /repair-orders/:id/transitions`, the
 * card shown in its new column meanwhile, snapped back with the reason when refused, and an
 * "Undo" on the success toast when the workflow allows the way back.
 */
export function useBoardMoves() {
  const { t } = useTranslation('order-board');
  const move = useMoveOrder();
  const refresh = useRefreshBoard();
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [refusal, setRefusal] = useState<MoveRefusal | null>(null);

  const moveCard = useCallback(
    async (card: BoardCard, to: OrderStatus, undoOf?: OrderStatus): Promise<void> => {
      const outcome = dropOutcome(card, to);
      if (outcome === 'none') return;
      if (outcome === 'refuse') {
        setRefusal({ number: card.number, to, reason: null, allowed: card.allowedTransitions });
        return;
      }
      setRefusal(null);
      setPending({ id: card.id, to });
      try {
        const order = await move.mutateAsync({ params: { path: { id: card.id } }, body: { to } });
        const from = card.status;
        const after = { ...card, status: to, allowedTransitions: order.allowedTransitions };
        const message = t(undoOf ? 'move.undone' : 'move.done', { number: card.number, status: t(`status.${to}`) });
        toast.success(
          message,
          !undoOf && canUndo(from, after)
            ? { action: { label: t('move.undo'), onClick: () => void moveCard(after, from, to) } }
            : undefined,
        );
      } catch (error) {
        const problem = asProblem(error);
        const allowed = (problem as { allowed?: OrderStatus[] } | undefined)?.allowed ?? null;
        setRefusal({
          number: card.number,
          to,
          reason: problem?.detail ?? problem?.title ?? t('move.offline'),
          allowed,
        });
      } finally {
        await refresh();
        setPending(null);
      }
    },
    [move, refresh, t],
  );

  return { moveCard, pending, refusal, dismissRefusal: () => setRefusal(null) };
}
