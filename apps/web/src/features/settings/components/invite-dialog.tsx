import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { z } from 'zod';
import { $api } from '@/lib/api/api-client';
import { applyFieldErrors, asProblem, problemCode } from '@/lib/api/problem';
import { useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';
import { SelectField } from '@/ui/select-field';
import { TextField } from '@/ui/text-field';

const schema = z.object({
  email: z.email(),
  name: z.string().trim().max(200).optional(),
  role: z.enum(['owner', 'manager', 'mechanic']),
});
type InviteForm = z.infer<typeof schema>;

export function InviteDialog({
  open,
  onOpenChange,
  onInvited,
}: {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly onInvited: () => void;
}) {
  const { t } = useTranslation('settings');
  const me = useMe();
  const form = useForm<InviteForm>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', name: '', role: 'mechanic' },
  });
  const invite = $api.useMutation('post', '/api/v1/staff', {
    onSuccess: (_data, variables) => {
      toast.success(t('staff.invited', { email: variables.body.email }));
      form.reset();
      onInvited();
    },
    onError: (error) => {
      if (problemCode(error) === 'already_member') form.setError('email', { type: 'already_member' });
      else applyFieldErrors(error, form.setError, ['email', 'name', 'role']);
    },
  });
  const roles = me.role === 'owner' ? (['mechanic', 'manager', 'owner'] as const) : (['mechanic', 'manager'] as const);
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t('staff.inviteTitle')} description={t('staff.inviteBody')}>
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) =>
          void form.handleSubmit((values) =>
            invite.mutate({
              body: { email: values.email, role: values.role, ...(values.name ? { name: values.name } : {}) },
            }),
          )(event)
        }
      >
        <TextField
          label={t('staff.email')}
          type="email"
          autoComplete="off"
          error={
            form.formState.errors.email &&
            t(form.formState.errors.email.type === 'already_member' ? 'staff.alreadyMember' : 'staff.emailInvalid')
          }
          {...form.register('email')}
        />
        <TextField label={t('staff.name')} hint={t('staff.nameHint')} autoComplete="off" {...form.register('name')} />
        <SelectField label={t('staff.role')} {...form.register('role')}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
        {invite.isError && !form.formState.errors.email ? (
          <Alert tone="danger">{asProblem(invite.error)?.detail ?? t('error')}</Alert>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            {t('cancel')}
          </Button>
          <Button type="submit" busy={invite.isPending}>
            {t('staff.send')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
