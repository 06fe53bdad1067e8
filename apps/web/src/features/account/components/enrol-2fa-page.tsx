import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meQuery } from '@/lib/session/me';
import { signOut } from '@/lib/session/sign-out';
import { Button } from '@/ui/button';
import { MfaEnrolment } from './mfa-enrolment';

/**
 * Turning on two-step verification as a page of its own: where the staff gate sends a person
 * whose workshop requires it, and where settings' "turn on" leads. Done, the app opens.
 */
export function Enrol2faPage() {
  const { t } = useTranslation('account');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery);
  const required = me.data ? me.data.workshop.requireMfa && !me.data.user.mfaEnabled : false;
  return (
    <MfaEnrolment
      required={required}
      onDone={async () => {
        // The gate reads "is two-step on" from /me: it must ask again, not use what it cached.
        queryClient.removeQueries({ queryKey: meQuery.queryKey });
        await navigate({ to: '/home' });
      }}
      secondaryAction={
        required ? (
          <Button
            variant="ghost"
            onClick={() => {
              void signOut(queryClient).then(() => navigate({ to: '/login', search: { reason: 'logout' } }));
            }}
          >
            {t('enrol.signOut')}
          </Button>
        ) : (
          <Button variant="ghost" onClick={() => void navigate({ to: '/home' })}>
            {t('enrol.notNow')}
          </Button>
        )
      }
    />
  );
}
