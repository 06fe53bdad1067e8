import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ShieldCheck, ShieldOff } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem, problemCode } from '@/lib/api/problem';
import { meQuery, useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { Badge } from '@/ui/badge';
import { Button, buttonClasses } from '@/ui/button';
import { Card } from '@/ui/card';
import { CheckboxField } from '@/ui/checkbox-field';
import { Dialog } from '@/ui/dialog';
import { PageHeader } from '@/ui/page-header';
import { TextField } from '@/ui/text-field';
import { ActiveSessions } from './active-sessions';

/** The workshop's 2FA policy (owners), the person's own 2FA, and their signed-in devices. */
export function SecurityPage() {
  const { t } = useTranslation('settings');
  const me = useMe();
  const queryClient = useQueryClient();
  const policy = $api.useQuery('get', '/api/v1/settings/security');
  const updatePolicy = $api.useMutation('patch', '/api/v1/settings/security', {
    onSuccess: (saved) => {
      toast.success(t('saved'));
      // The answer is the policy now: no flicker back to the old one while it is asked again.
      queryClient.setQueryData(['get', '/api/v1/settings/security'], saved);
      void queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    },
  });
  const [disabling, setDisabling] = useState(false);
  // The box shows the choice at once (set in the click itself: a state set later would let
  // React put the old value back for a moment); a refusal puts the saved one back.
  const [choosing, setChoosing] = useState<boolean | null>(null);
  // The API refuses the policy from an owner without 2FA (it would lock them out): said before
  // they try, not after.
  const needsOwnMfa = me.role === 'owner' && !me.user.mfaEnabled && policy.data?.requireMfa === false;
  return (
    <>
      <PageHeader title={t('security.title')} />
      <div className="flex flex-col gap-6">
        <Card title={t('security.policy')}>
          {policy.data ? (
            <CheckboxField
              label={t('security.requireMfa')}
              checked={choosing ?? policy.data.requireMfa}
              // Not disabled while saving: a focused box that turns disabled drops the keyboard's place.
              disabled={me.role !== 'owner' || needsOwnMfa}
              onChange={(event) => {
                if (updatePolicy.isPending) return;
                setChoosing(event.target.checked);
                updatePolicy.mutate(
                  { body: { requireMfa: event.target.checked } },
                  { onSettled: () => setChoosing(null) },
                );
              }}
            />
          ) : null}
          <p className="mt-2 text-sm text-ink-muted">
            {me.role !== 'owner'
              ? t('security.ownerOnly')
              : needsOwnMfa
                ? t('security.needOwnMfa')
                : t('security.requireMfaHint')}
          </p>
          {updatePolicy.isError ? (
            <Alert tone="danger" className="mt-3">
              {problemCode(updatePolicy.error) === 'mfa_required'
                ? t('security.needOwnMfa')
                : (asProblem(updatePolicy.error)?.detail ?? t('error'))}
            </Alert>
          ) : null}
        </Card>
        <Card title={t('security.own')}>
          <div className="flex flex-wrap items-center gap-3">
            {me.user.mfaEnabled ? (
              <ShieldCheck aria-hidden="true" className="size-6 text-success" />
            ) : (
              <ShieldOff aria-hidden="true" className="size-6 text-ink-muted" />
            )}
            <p className="flex-1">{me.user.mfaEnabled ? t('security.mfaOn') : t('security.mfaOff')}</p>
            {me.user.mfaEnabled ? (
              <Button variant="secondary" onClick={() => setDisabling(true)}>
                {t('security.turnOff')}
              </Button>
            ) : (
              <Link to="/enrol-2fa" className={buttonClasses('primary')}>
                {t('security.turnOn')}
              </Link>
            )}
          </div>
          {me.user.mfaEnabled ? <Badge className="mt-3">{t('security.recoveryHint')}</Badge> : null}
        </Card>
        <ActiveSessions />
      </div>
      <DisableMfaDialog open={disabling} onOpenChange={setDisabling} />
    </>
  );
}

function DisableMfaDialog({
  open,
  onOpenChange,
}: {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation('settings');
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const disable = $api.useMutation('post', '/api/v1/me/mfa/disable', {
    onSuccess: () => {
      toast.success(t('security.disabled'));
      setCode('');
      onOpenChange(false);
      void queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    },
  });
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('security.turnOffTitle')}
      description={t('security.turnOffBody')}
    >
      <form
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          disable.mutate({ body: { code: code.replace(/\s+/g, '') } });
        }}
      >
        <TextField
          label={t('security.code')}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="one-time-code"
          inputMode="text"
          required
        />
        {disable.isError ? <Alert tone="danger">{asProblem(disable.error)?.detail ?? t('error')}</Alert> : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            {t('cancel')}
          </Button>
          <Button type="submit" variant="danger" busy={disable.isPending}>
            {t('security.turnOff')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
