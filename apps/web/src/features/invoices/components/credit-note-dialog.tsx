import { useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { applyFieldErrors, asProblem } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { FormActions } from '@/ui/form-actions';
import { FormDialog, type DialogOpenState } from '@/ui/form-dialog';
import { TextAreaField } from '@/ui/text-area-field';
import { useRefreshInvoices } from '../api/invoice-queries';
import type { Invoice } from '../utils/invoice-state';

/** Reverses the invoice with a credit note; the reason is required and printed on it. */
export function CreditNoteDialog({ invoice, ...dialog }: { readonly invoice: Invoice } & DialogOpenState) {
  const { t } = useTranslation('invoices');
  return (
    <FormDialog {...dialog} title={t('credit.title', { number: invoice.number })} description={t('credit.description')}>
      {(close) => <CreditNoteForm invoice={invoice} onDone={close} />}
    </FormDialog>
  );
}

function CreditNoteForm({ invoice, onDone }: { readonly invoice: Invoice; readonly onDone: () => void }) {
  const { t } = useTranslation('invoices');
  const navigate = useNavigate();
  const refresh = useRefreshInvoices();
  const credit = $api.useMutation('post', '/api/v1/invoices/{id}/credit-note');
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });

  const submit = form.handleSubmit(async ({ reason }) => {
    try {
      const note = await credit.mutateAsync({ params: { path: { id: invoice.id } }, body: { reason: reason.trim() } });
      await refresh();
      toast.success(t('credit.done', { number: note.number }));
      onDone();
      await navigate({ to: '/invoices/$invoiceId', params: { invoiceId: note.id } });
    } catch (error) {
      applyFieldErrors(error, form.setError, ['reason']);
    }
  });
  const problem = asProblem(credit.error);

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
      <TextAreaField
        label={t('credit.reason')}
        maxLength={1000}
        required
        error={form.formState.errors.reason?.message}
        {...form.register('reason', {
          validate: (value) => value.trim().length > 0 || t('credit.reasonRequired'),
        })}
      />
      {credit.isError && !problem?.errors?.length ? (
        <Alert tone="danger">{problem?.detail ?? t('credit.failed')}</Alert>
      ) : null}
      <FormActions
        cancelLabel={t('cancel')}
        onCancel={onDone}
        submitLabel={t('credit.submit')}
        busy={form.formState.isSubmitting}
      />
    </form>
  );
}
