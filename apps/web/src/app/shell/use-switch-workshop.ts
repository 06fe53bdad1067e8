import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { switchWorkshop } from '@/lib/session/switch-workshop';

/** After a switch nothing cached belongs to the new workshop: the cache is dropped whole. */
export function useSwitchWorkshop() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { t } = useTranslation('app');
  return useMutation({
    mutationFn: switchWorkshop,
    onSuccess: async () => {
      queryClient.clear();
      await navigate({ to: '/home' });
    },
    onError: () => toast.error(t('account.switchFailed')),
  });
}
