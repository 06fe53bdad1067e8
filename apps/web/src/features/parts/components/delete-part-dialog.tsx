import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';
import { useRefreshParts, type Part } from '../api/part-queries';
import { problemIs } from '../utils/problem-is';

/**
 * Deleting a part for good: the API allows it only for a part that never moved and is on no
 * order line (409 part_has_movements). Then the way out is deactivating it: its history stays,
 * it leaves the low-stock list and cannot be put on new orders.
 */
export function DeletePartDialog({
  part,
  open,
  onOpenChange,
}: {
  readonly part: Part;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation('parts');
  const navigate = useNavigate();
  const refresh = useRefreshParts();
  const remove = $api.useMutation('delete', '/api/v1/parts/{id}');
  const deactivate = $api.useMutation('patch', '/api/v1/parts/{id}');
  const hasHistory = remove.isError && problemIs(remove.error, 'part_has_movements');

  async function confirm() {
    try {
      await remove.mutateAsync({ params: { path: { id: part.id } } });
    } catch {
      return; // Shown in place.
    }
    await navigate({ to: '/parts' });
    toast.success(t('delete.done', { name: part.name }));
    await refresh();
  }

  async function retire() {
    try {
      await deactivate.mutateAsync({
        params: { path: { id: part.id } },
        body: { active: false, reorderPoint: part.reorderPoint },
      });
    } catch {
      return;
    }
    toast.success(t('delete.deactivated', { name: part.name }));
    await refresh();
    close(false);
  }

  function close(next: boolean) {
    if (!next) {
      remove.reset();
      deactivate.reset();
    }
    onOpenChange(next);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={t('delete.title', { name: part.name })}
      description={t('delete.body')}
    >
      {hasHistory ? (
        <Alert tone="warning" title={t('delete.hasHistoryTitle')}>
          <p>{part.active ? t('delete.hasHistory') : t('delete.hasHistoryInactive')}</p>
        </Alert>
      ) : remove.isError ? (
        <Alert tone="danger">{asProblem(remove.error)?.detail ?? t('delete.failed')}</Alert>
      ) : null}
      {deactivate.isError ? (
        <Alert tone="danger">{asProblem(deactivate.error)?.detail ?? t('delete.failed')}</Alert>
      ) : null}
      <div className="mt-4 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={() => close(false)}>
          {t('cancel')}
        </Button>
        {hasHistory ? (
          part.active ? (
            <Button onClick={() => void retire()} disabled={deactivate.isPending}>
              {t('delete.deactivate')}
            </Button>
          ) : null
        ) : (
          <Button variant="danger" onClick={() => void confirm()} disabled={remove.isPending}>
            {t('delete.confirm')}
          </Button>
        )}
      </div>
    </Dialog>
  );
}
