import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { applyFieldErrors, asProblem } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';
import { useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { FormActions } from '@/ui/form-actions';
import { FormDialog, type DialogOpenState } from '@/ui/form-dialog';
import { SelectField } from '@/ui/select-field';
import { TextField } from '@/ui/text-field';
import { useRefreshInvoices } from '../api/invoice-queries';
import { formatMoney } from '../utils/money';
import type { Invoice } from '../utils/invoice-state';

type PaymentMethod = components['schemas']['PaymentMethod'];
const METHODS = ['transfer', 'cash', 'card', 'other'] as const satisfies readonly PaymentMethod[];

interface PaymentValues {
  method: PaymentMethod;
  paidOn: string;
}

/** Today in the workshop's time zone, as `YYYY-MM-DD`. */
function workshopToday(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

/**
 * "Record a payment" in one step: method and day. The API records the invoice as paid in full,
 * so the amount is the open amount, shown and not editable.
 */
export function RecordPaymentDialog({ invoice, ...dialog }: { readonly invoice: Invoice } & DialogOpenState) {
  const { t } = useTranslation('invoices');
  return (
    <FormDialog
      {...dialog}
      title={t('payment.title', { number: invoice.number })}
      description={t('payment.description')}
    >
      {(close) => <PaymentForm invoice={invoice} onDone={close} />}
    </FormDialog>
  );
}

function PaymentForm({ invoice, onDone }: { readonly invoice: Invoice; readonly onDone: () => void }) {
  const { t, i18n } = useTranslation('invoices');
  const me = useMe();
  const refresh = useRefreshInvoices();
  const pay = $api.useMutation('post', '/api/v1/invoices/{id}/payments');
  const today = workshopToday(me.workshop.timeZone);
  const form = useForm<PaymentValues>({ defaultValues: { method: 'transfer', paidOn: today } });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      await pay.mutateAsync({ params: { path: { id: invoice.id } }, body: values });
      await refresh();
      toast.success(t('payment.done', { number: invoice.number }));
      onDone();
    } catch (error) {
      applyFieldErrors(error, form.setError, ['method', 'paidOn']);
    }
  });
  const problem = asProblem(pay.error);

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
      <TextField
        label={t('payment.amount')}
        value={formatMoney(invoice.totals.grossMinor, invoice.currency, i18n.language)}
        readOnly
        hint={t('payment.amountHint')}
      />
      <SelectField label={t('payment.method')} error={errors.method?.message} {...form.register('method')}>
        {METHODS.map((method) => (
          <option key={method} value={method}>
            {t(`payment.methods.${method}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('payment.paidOn')}
        type="date"
        max={today}
        error={errors.paidOn?.message}
        {...form.register('paidOn', { required: t('payment.paidOnRequired') })}
      />
      {pay.isError && !problem?.errors?.length ? (
        <Alert tone="danger">{problem?.detail ?? t('payment.failed')}</Alert>
      ) : null}
      <FormActions
        cancelLabel={t('cancel')}
        onCancel={onDone}
        submitLabel={t('payment.submit')}
        busy={form.formState.isSubmitting}
      />
    </form>
  );
}
