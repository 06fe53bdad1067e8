import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { TypedConfirmDialog } from '@/ui/typed-confirm-dialog';
import { useRefreshClients, type Client } from '../api/client-queries';

/**
 * GDPR erasure: the client is deleted, and their vehicles stay as anonymous history without VIN,
 * plate or owner. Cannot be undone, so the person types the client's name first.
 */
export function EraseClientDialog({
  client,
  open,
  onOpenChange,
}: {
  readonly client: Client;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation('clients');
  const navigate = useNavigate();
  const refresh = useRefreshClients();
  const erase = $api.useMutation('delete', '/api/v1/clients/{id}');
  const name = `${client.firstName} ${client.lastName}`;

  async function confirm() {
    try {
      await erase.mutateAsync({ params: { path: { id: client.id }, query: { erase: true } } });
    } catch {
      return; // Shown in the dialog.
    }
    await navigate({ to: '/clients' });
    toast.success(t('erase.done', { name }));
    await refresh();
  }

  return (
    <TypedConfirmDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) erase.reset();
        onOpenChange(next);
      }}
      title={t('erase.title', { name })}
      description={
        <span className="flex flex-col gap-2">
          <span>{t('erase.body')}</span>
          <span>{t('erase.vehicles')}</span>
          <span className="font-medium text-ink">{t('erase.final')}</span>
        </span>
      }
      phrase={name}
      confirmLabel={t('erase.confirm')}
      onConfirm={() => void confirm()}
      busy={erase.isPending}
      error={erase.isError ? <Alert tone="danger">{asProblem(erase.error)?.detail ?? t('erase.failed')}</Alert> : null}
    />
  );
}
