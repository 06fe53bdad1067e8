import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { z } from 'zod';
import { problemCode, unwrap } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { FormActions } from '@/ui/form-actions';
import { Dialog } from '@/ui/dialog';
import { TextAreaField } from '@/ui/text-area-field';
import { opsApi } from '../api/ops-client';

const schema = z.object({
  reason: z
    .string()
    .trim()
    .min(3, { error: 'statusChange.errors.reason' })
    .max(500, { error: 'statusChange.errors.reasonLong' }),
});
type Values = z.infer<typeof schema>;

/**
 * Suspends or reactivates a workshop after the operator writes why (it goes to the audit log)
 * and confirms; the dialog says what the workshop's staff and customers will see.
 */
export function StatusChangeDialog({
  tenantId,
  workshopName,
  action,
  open,
  onOpenChange,
}: {
  readonly tenantId: string;
  readonly workshopName: string;
  readonly action: 'suspend' | 'reactivate';
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation('operator-console');
  const queryClient = useQueryClient();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { reason: '' } });
  const change = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        action === 'suspend'
          ? opsApi.POST('/api/v1/ops/tenants/{id}/suspend', { params: { path: { id: tenantId } }, body: values })
          : opsApi.POST('/api/v1/ops/tenants/{id}/reactivate', { params: { path: { id: tenantId } }, body: values }),
      ),
    onSuccess: async () => {
      toast.success(t(`statusChange.${action}.done`, { name: workshopName }));
      form.reset();
      onOpenChange(false);
      await queryClient.invalidateQueries();
    },
  });
  const failed = change.error
    ? t(problemCode(change.error) === 'workshop-status-unchanged' ? 'statusChange.unchanged' : 'statusChange.failed')
    : undefined;
  const error = form.formState.errors.reason?.message;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) change.reset();
        onOpenChange(next);
      }}
      title={t(`statusChange.${action}.title`, { name: workshopName })}
      description={t(`statusChange.${action}.description`)}
    >
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit((values) => change.mutate(values))(event)}
        className="flex flex-col gap-4"
      >
        {failed ? <Alert tone="danger">{failed}</Alert> : null}
        <TextAreaField
          label={t('statusChange.reason')}
          hint={t('statusChange.reasonHint')}
          rows={3}
          maxLength={500}
          error={error ? t(error) : undefined}
          {...form.register('reason')}
        />
        <FormActions
          cancelLabel={t('cancel')}
          onCancel={() => onOpenChange(false)}
          submitLabel={t(`statusChange.${action}.confirm`)}
          submitVariant={action === 'suspend' ? 'danger' : 'primary'}
          busy={change.isPending}
          stackOnPhone
        />
      </form>
    </Dialog>
  );
}
