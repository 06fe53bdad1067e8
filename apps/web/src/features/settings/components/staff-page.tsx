import { useQueryClient } from '@tanstack/react-query';
import { UserPlus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem, problemCode } from '@/lib/api/problem';
import { meQuery, roleAtLeast, useMe, type Role } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { Dialog } from '@/ui/dialog';
import { PageHeader } from '@/ui/page-header';
import { LoadingRows } from '@/ui/skeleton';
import { useWorkshopTime } from '../hooks/use-workshop-time';
import { InviteDialog } from './invite-dialog';
import { RequireRole } from './require-role';
import { StaffMemberRow } from './staff-member-row';

/** Who works here and who is invited: invite, resend, revoke, change role, remove. */
export function StaffPage() {
  return (
    <RequireRole least="manager">
      <StaffSection />
    </RequireRole>
  );
}

function StaffSection() {
  const { t } = useTranslation('settings');
  const me = useMe();
  const time = useWorkshopTime();
  const queryClient = useQueryClient();
  const [inviting, setInviting] = useState(false);
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const [steppingDown, setSteppingDown] = useState<Role | null>(null);
  const staff = $api.useQuery('get', '/api/v1/staff', { params: { query: { limit: 100 } } });
  const invitations = $api.useQuery('get', '/api/v1/staff/invitations', { params: { query: { limit: 100 } } });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/staff'] });
  const refreshInvitations = () => queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/staff/invitations'] });
  // A refused change is said in place, above the list; the select shows the role kept.
  const changeRole = $api.useMutation('patch', '/api/v1/staff/{id}', {
    onSuccess: (_member, variables) => {
      toast.success(t('staff.roleChanged'));
      setSteppingDown(null);
      void refresh();
      // Stepping down changes what the person may see here and everywhere else.
      if (variables.params.path.id === me.user.id) void queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    },
    onError: () => setSteppingDown(null),
  });
  const remove = $api.useMutation('delete', '/api/v1/staff/{id}', {
    onSuccess: () => {
      setRemoving(null);
      toast.success(t('staff.removed'));
      void refresh();
    },
  });
  const resend = $api.useMutation('post', '/api/v1/staff/invitations/{id}/resend', {
    onSuccess: () => toast.success(t('staff.resent')),
    onError: (error) => toast.error(asProblem(error)?.detail ?? t('error')),
  });
  const revoke = $api.useMutation('delete', '/api/v1/staff/invitations/{id}', {
    onSuccess: () => {
      toast.success(t('staff.revoked'));
      void refreshInvitations();
    },
    onError: (error) => toast.error(asProblem(error)?.detail ?? t('error')),
  });
  const problemMessage = (error: unknown) =>
    problemCode(error) === 'last_owner' ? t('staff.lastOwner') : (asProblem(error)?.detail ?? t('error'));
  const canManage = roleAtLeast(me.role, 'manager');
  const pending = invitations.data?.items.filter((invitation) => invitation.status === 'pending') ?? [];

  return (
    <>
      <PageHeader
        title={t('staff.title')}
        description={t('staff.description')}
        actions={
          canManage ? (
            <Button onClick={() => setInviting(true)}>
              <UserPlus aria-hidden="true" className="size-4" />
              {t('staff.invite')}
            </Button>
          ) : null
        }
      />
      <div className="flex flex-col gap-6">
        <Card title={t('staff.members')}>
          {staff.isPending ? (
            <LoadingRows label={t('loading')} rows={3} />
          ) : staff.isError ? (
            <Alert tone="danger">{t('loadFailed')}</Alert>
          ) : (
            <>
              {changeRole.isError ? (
                <Alert tone="danger" className="mb-2">
                  {problemMessage(changeRole.error)}
                </Alert>
              ) : null}
              <ul className="divide-y divide-line">
                {staff.data.items.map((member) => (
                  <StaffMemberRow
                    key={member.id}
                    member={member}
                    viewerRole={me.role}
                    self={member.id === me.user.id}
                    owners={staff.data.items.filter((other) => other.role === 'owner').length}
                    onRole={(role) => {
                      if (member.id === me.user.id) setSteppingDown(role === 'owner' ? null : role);
                      else changeRole.mutate({ params: { path: { id: member.id } }, body: { role } });
                    }}
                    onRemove={() => setRemoving({ id: member.id, name: member.name })}
                  />
                ))}
              </ul>
            </>
          )}
        </Card>
        {canManage ? (
          <Card title={t('staff.pending')}>
            {invitations.isPending ? (
              <LoadingRows label={t('loading')} rows={2} />
            ) : pending.length === 0 ? (
              <p className="text-ink-muted">{t('staff.noPending')}</p>
            ) : (
              <ul className="divide-y divide-line">
                {pending.map((invitation) => (
                  <li key={invitation.id} className="flex flex-wrap items-center gap-3 py-3">
                    <div className="min-w-0 flex-1">
                      <p className="truncate font-medium">{invitation.name ?? invitation.email}</p>
                      <p className="truncate text-sm text-ink-muted">
                        {invitation.email} · {t(`roles.${invitation.role}`)} ·{' '}
                        {t('staff.expires', { date: time.date(invitation.expiresAt) })}
                      </p>
                    </div>
                    <Button
                      variant="secondary"
                      size="sm"
                      busy={resend.isPending && resend.variables?.params.path.id === invitation.id}
                      onClick={() => resend.mutate({ params: { path: { id: invitation.id } } })}
                    >
                      {t('staff.resend')}
                    </Button>
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => revoke.mutate({ params: { path: { id: invitation.id } } })}
                    >
                      {t('staff.revoke')}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ) : null}
      </div>
      <InviteDialog
        open={inviting}
        onOpenChange={setInviting}
        onInvited={() => {
          setInviting(false);
          void refreshInvitations();
        }}
      />
      <Dialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={t('staff.removeTitle', { name: removing?.name ?? '' })}
        description={t('staff.removeBody')}
      >
        {remove.isError ? (
          <Alert tone="danger" className="mb-3">
            {problemMessage(remove.error)}
          </Alert>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setRemoving(null)}>
            {t('cancel')}
          </Button>
          <Button
            variant="danger"
            busy={remove.isPending}
            onClick={() => removing && remove.mutate({ params: { path: { id: removing.id } } })}
          >
            {t('staff.remove')}
          </Button>
        </div>
      </Dialog>
      <Dialog
        open={steppingDown !== null}
        onOpenChange={(open) => !open && setSteppingDown(null)}
        title={t('staff.stepDownTitle', { role: steppingDown ? t(`roles.${steppingDown}`) : '' })}
        description={t('staff.stepDownBody')}
      >
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setSteppingDown(null)}>
            {t('cancel')}
          </Button>
          <Button
            variant="danger"
            busy={changeRole.isPending}
            onClick={() =>
              steppingDown && changeRole.mutate({ params: { path: { id: me.user.id } }, body: { role: steppingDown } })
            }
          >
            {t('staff.stepDown')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
