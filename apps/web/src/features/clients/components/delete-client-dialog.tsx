import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';
import { TypedConfirmDialog } from '@/ui/typed-confirm-dialog';
import { useRefreshClients, type Client } from '../api/client-queries';
import { problemIs } from '../utils/problem-is';

/**
 * Deleting a client, by the API's rules: refused (409 client_has_vehicles) while they have
 * vehicles unless those go too (cascade, typed confirmation); refused (409 has_history) when a
 * vehicle has repair history, where erasing the client (GDPR) is the way instead.
 */
export function DeleteClientDialog({
  client,
  vehicleCount,
  open,
  onOpenChange,
  onEraseInstead,
}: {
  readonly client: Client;
  readonly vehicleCount: number;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly onEraseInstead: () => void;
}) {
  const { t } = useTranslation('clients');
  const navigate = useNavigate();
  const refresh = useRefreshClients();
  const remove = $api.useMutation('delete', '/api/v1/clients/{id}');
  // Asked again with cascade after the API said the client still has vehicles.
  const [cascade, setCascade] = useState(false);
  const name = `${client.firstName} ${client.lastName}`;
  const hasHistory = remove.isError && problemIs(remove.error, 'has_history');

  function close() {
    setCascade(false);
    remove.reset();
    onOpenChange(false);
  }

  async function submit(withVehicles: boolean) {
    try {
      await remove.mutateAsync({ params: { path: { id: client.id }, query: withVehicles ? { cascade: true } : {} } });
    } catch (error) {
      if (problemIs(error, 'client_has_vehicles')) {
        remove.reset();
        setCascade(true);
      }
      return;
    }
    // Away first: the page's own query would otherwise ask again and meet the 404.
    await navigate({ to: '/clients' });
    toast.success(t('delete.done', { name }));
    await refresh();
  }

  const failure = hasHistory ? (
    <Alert tone="warning" title={t('delete.hasHistoryTitle')}>
      <p>{t('delete.hasHistory')}</p>
      <Button
        size="sm"
        variant="secondary"
        className="mt-2"
        onClick={() => {
          close();
          onEraseInstead();
        }}
      >
        {t('delete.eraseInstead')}
      </Button>
    </Alert>
  ) : remove.isError ? (
    <Alert tone="danger">{asProblem(remove.error)?.detail ?? t('delete.failed')}</Alert>
  ) : null;

  if (cascade || (open && vehicleCount > 0)) {
    return (
      <TypedConfirmDialog
        open={open}
        onOpenChange={(next) => (next ? onOpenChange(true) : close())}
        title={t('delete.cascadeTitle', { name })}
        description={t('delete.cascadeBody', { count: vehicleCount, name })}
        phrase={name}
        confirmLabel={t('delete.cascadeConfirm', { count: vehicleCount })}
        onConfirm={() => void submit(true)}
        busy={remove.isPending}
        error={failure}
      />
    );
  }
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title={t('delete.title', { name })}
      description={t('delete.body')}
    >
      {failure}
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="secondary" onClick={close}>
          {t('cancel')}
        </Button>
        <Button variant="danger" busy={remove.isPending} onClick={() => void submit(false)}>
          {t('delete.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
