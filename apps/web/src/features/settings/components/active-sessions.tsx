import { useQueryClient } from '@tanstack/react-query';
import { Monitor } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { useWorkshopTime } from '../hooks/use-workshop-time';
import { Badge } from '@/ui/badge';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { LoadingRows } from '@/ui/skeleton';

/** Where the person is signed in; ending one signs that device out at once. */
export function ActiveSessions() {
  const { t } = useTranslation('settings');
  const queryClient = useQueryClient();
  const sessions = $api.useQuery('get', '/api/v1/me/sessions', {
    params: { query: { limit: 50, sort: '-lastUsedAt' } },
  });
  const end = $api.useMutation('delete', '/api/v1/me/sessions/{id}', {
    onSuccess: () => {
      toast.success(t('sessions.ended'));
      void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/me/sessions'] });
    },
    onError: (error) => toast.error(asProblem(error)?.detail ?? t('error')),
  });
  const format = useWorkshopTime().dateTime;
  return (
    <Card title={t('sessions.title')}>
      {sessions.isPending ? (
        <LoadingRows label={t('loading')} rows={2} />
      ) : sessions.isError ? (
        <Alert tone="danger">{t('loadFailed')}</Alert>
      ) : (
        <ul className="divide-y divide-line">
          {sessions.data.items.map((session) => (
            <li key={session.id} className="flex flex-wrap items-center gap-3 py-3">
              <Monitor aria-hidden="true" className="size-5 text-ink-muted" />
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium">
                  {[session.browser, session.os].filter(Boolean).join(' · ') || t('sessions.unknownDevice')}{' '}
                  {session.current ? <Badge tone="success">{t('sessions.current')}</Badge> : null}
                </p>
                <p className="text-sm text-ink-muted">
                  {t('sessions.times', { started: format(session.createdAt), used: format(session.lastUsedAt) })}
                </p>
              </div>
              {session.current ? null : (
                <Button
                  variant="secondary"
                  size="sm"
                  busy={end.isPending && end.variables?.params.path.id === session.id}
                  onClick={() => end.mutate({ params: { path: { id: session.id } } })}
                >
                  {t('sessions.end')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
