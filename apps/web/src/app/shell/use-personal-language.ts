import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { useTranslation } from 'react-i18next';
import { api } from '@/lib/api/api-client';
import { unwrap } from '@/lib/api/problem';
import { isLanguage, setLanguage, type Language } from '@/lib/i18n/i18n';
import { meQuery } from '@/lib/session/me';

/** The personal language override (null follows the workshop's), saved on the person. */
export function usePersonalLanguage() {
  const queryClient = useQueryClient();
  const { t } = useTranslation('app');
  return useMutation({
    mutationFn: (locale: Language | null) => unwrap(api.PATCH('/api/v1/me', { body: { locale } })),
    onSuccess: async () => {
      // Asked again, not read from the cache: the cached person still has the old language.
      const me = await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
      const language = me.user.locale ?? me.workshop.locale;
      if (isLanguage(language)) await setLanguage(language);
    },
    onError: () => toast.error(t('account.languageFailed')),
  });
}
