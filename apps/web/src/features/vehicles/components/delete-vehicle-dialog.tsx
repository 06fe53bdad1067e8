import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Button, buttonClasses } from '@/ui/button';
import { Dialog } from '@/ui/dialog';
import { useRefreshVehicles, type Vehicle } from '../api/vehicle-queries';
import { problemIs } from '../utils/problem-is';

/**
 * Deleting a vehicle for good. The API refuses (409 has_history) once repair orders keep its
 * history; then the way to remove the person behind it is erasing the owner (GDPR), which keeps
 * the car's history anonymous.
 */
export function DeleteVehicleDialog({
  vehicle,
  open,
  onOpenChange,
}: {
  readonly vehicle: Vehicle;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation('vehicles');
  const navigate = useNavigate();
  const refresh = useRefreshVehicles();
  const remove = $api.useMutation('delete', '/api/v1/vehicles/{id}');
  const name = `${vehicle.make} ${vehicle.model}`;
  const hasHistory = remove.isError && problemIs(remove.error, 'has_history');

  async function confirm() {
    try {
      await remove.mutateAsync({ params: { path: { id: vehicle.id } } });
    } catch {
      return; // Shown in place: has_history with its way out, anything else as the API says.
    }
    // Away first: the page's own query would otherwise ask again and meet the 404.
    await navigate({ to: '/vehicles' });
    toast.success(t('delete.done', { name }));
    await refresh();
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) remove.reset();
        onOpenChange(next);
      }}
      title={t('delete.title', { name })}
      description={t('delete.body', { plate: vehicle.plate ?? t('noPlate') })}
    >
      {hasHistory ? (
        <Alert tone="warning" title={t('delete.hasHistoryTitle')}>
          <p>{t('delete.hasHistory')}</p>
          {vehicle.clientId ? (
            <Link
              to="/clients/$clientId"
              params={{ clientId: vehicle.clientId }}
              className={buttonClasses('secondary', 'sm', 'mt-2')}
            >
              {t('delete.eraseInstead')}
            </Link>
          ) : null}
        </Alert>
      ) : remove.isError ? (
        <Alert tone="danger">{asProblem(remove.error)?.detail ?? t('delete.failed')}</Alert>
      ) : null}
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="secondary" onClick={() => onOpenChange(false)}>
          {hasHistory ? t('close') : t('cancel')}
        </Button>
        {hasHistory ? null : (
          <Button variant="danger" busy={remove.isPending} onClick={() => void confirm()}>
            {t('delete.confirm')}
          </Button>
        )}
      </div>
    </Dialog>
  );
}
