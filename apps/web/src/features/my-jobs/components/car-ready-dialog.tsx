import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { asProblem } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';
import { useMoveJob, useRefreshJobs } from '../api/my-jobs-queries';
import { READY_STATUS, type JobCard } from '../utils/my-jobs';

/**
 * The car-ready step, asked once: it moves the order on (stopping its clocks and mailing the
 * customer), which a stray tap in the bay should not do.
 */
export function CarReadyDialog({
  job,
  car,
  open,
  onOpenChange,
}: {
  readonly job: JobCard;
  readonly car: string;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation('my-jobs');
  const move = useMoveJob();
  const refresh = useRefreshJobs();
  const confirm = async () => {
    try {
      await move.mutateAsync({ params: { path: { id: job.id } }, body: { to: READY_STATUS } });
      toast.success(t('ready.done', { number: job.number }));
      onOpenChange(false);
      await refresh();
    } catch {
      // Said in the dialog from the mutation's error; the board may have moved meanwhile.
      await refresh();
    }
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) move.reset();
        onOpenChange(next);
      }}
      title={t('ready.title')}
      description={t('ready.body', { number: job.number, car })}
    >
      {move.isError ? (
        <Alert tone="danger" className="mb-3">
          {asProblem(move.error)?.detail ?? t('job.moveFailed')}
        </Alert>
      ) : null}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button size="lg" variant="secondary" onClick={() => onOpenChange(false)}>
          {t('ready.cancel')}
        </Button>
        <Button size="lg" busy={move.isPending} onClick={() => void confirm()}>
          {t('ready.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
