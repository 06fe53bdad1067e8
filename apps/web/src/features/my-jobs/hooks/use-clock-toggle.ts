import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api } from '@/lib/api/api-client';
import { asProblem, unwrap } from '@/lib/api/problem';
import { useMe } from '@/lib/session/me';
import { MY_CLOCK_KEY, useRefreshJobs, type MyClock } from '../api/my-jobs-queries';

export interface ClockTarget {
  readonly orderId: string;
  readonly lineId: string;
  /** Started when true, stopped when false. */
  readonly start: boolean;
}

/**
 * One tap on a line's clock. The running clock changes on screen at once (starting one moves the
 * pill and the buttons off the clock that ran, as the API stops it in the same instant); an error
 * puts back what was shown before and says why.
 */
export function useClockToggle() {
  const { t } = useTranslation('my-jobs');
  const me = useMe();
  const queryClient = useQueryClient();
  const refresh = useRefreshJobs();
  return useMutation({
    mutationFn: async ({ orderId, lineId, start }: ClockTarget) => {
      const path = { params: { path: { id: orderId, lineId } } };
      if (start) {
        const answer = await unwrap(api.POST('/api/v1/repair-orders/{id}/lines/{lineId}/clock/start', path));
        return { running: answer.running, switched: answer.stopped !== null };
      }
      await unwrap(api.POST('/api/v1/repair-orders/{id}/lines/{lineId}/clock/stop', path));
      return { running: null, switched: false };
    },
    onMutate: async ({ orderId, lineId, start }) => {
      await queryClient.cancelQueries({ queryKey: MY_CLOCK_KEY });
      const before = queryClient.getQueryData<MyClock>(MY_CLOCK_KEY);
      const optimistic: MyClock = start
        ? {
            running: {
              id: `pending-${lineId}`,
              orderId,
              lineId,
              userId: me.user.id,
              startedAt: new Date().toISOString(),
              stoppedAt: null,
              running: true,
              stoppedBy: null,
              hours: 0,
            },
          }
        : { running: null };
      queryClient.setQueryData<MyClock>(MY_CLOCK_KEY, optimistic);
      return { before };
    },
    onSuccess: ({ running, switched }) => {
      queryClient.setQueryData<MyClock>(MY_CLOCK_KEY, { running });
      if (switched) toast.success(t('clock.switched'));
    },
    onError: (error, _target, context) => {
      queryClient.setQueryData<MyClock | undefined>(MY_CLOCK_KEY, context?.before);
      toast.error(asProblem(error)?.detail ?? t('clock.failed'));
    },
    onSettled: () => refresh(),
  });
}
