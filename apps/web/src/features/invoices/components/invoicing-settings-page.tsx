import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { applyFieldErrors, asProblem } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';
import { BillingDetailsMissing } from '@/lib/invoicing/billing-details-missing';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { LoadFailed } from '@/ui/load-failed';
import { PageHeader } from '@/ui/page-header';
import { LoadingRows } from '@/ui/skeleton';
import { TextAreaField } from '@/ui/text-area-field';
import { TextField } from '@/ui/text-field';
import { useInvoicingSettings, type InvoiceSettings } from '../api/invoice-queries';

const TEXT_FIELDS = [
  'legalName',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'taxId',
  'bankName',
  'bankAccount',
  'footer',
] as const;
type TextFieldName = (typeof TEXT_FIELDS)[number];
type PutBody = components['schemas']['PutInvoiceSettingsDto'];
type Values = Record<TextFieldName, string> & { paymentTermsDays: string };
const FIELDS = [...TEXT_FIELDS, 'paymentTermsDays'] as const;

function valuesOf(settings: InvoiceSettings): Values {
  const values = { paymentTermsDays: String(settings.paymentTermsDays) } as Values;
  for (const field of TEXT_FIELDS) values[field] = settings[field] ?? '';
  return values;
}

/** Settings → Invoicing: the seller on every invoice, how it is paid, and how invoices are numbered. */
export function InvoicingSettingsPage() {
  const { t } = useTranslation('invoices');
  const me = useMe();
  const allowed = roleAtLeast(me.role, 'manager');
  const settings = useInvoicingSettings(allowed);
  if (!allowed) {
    return (
      <Alert tone="warning" title={t('settings.forbiddenTitle')}>
        {t('settings.forbidden')}
      </Alert>
    );
  }
  if (settings.isPending) return <LoadingRows label={t('settings.loading')} rows={8} />;
  if (settings.isError) {
    return <LoadFailed title={t('settings.failed')} retryLabel={t('retry')} onRetry={() => void settings.refetch()} />;
  }
  return <SettingsForm settings={settings.data} />;
}

function SettingsForm({ settings }: { readonly settings: InvoiceSettings }) {
  const { t } = useTranslation('invoices');
  const save = $api.useMutation('put', '/api/v1/settings/invoicing');
  const form = useForm<Values>({ defaultValues: valuesOf(settings) });
  const { errors } = form.formState;
  const missing = save.data?.missing ?? settings.missing;

  const submit = form.handleSubmit(async (values) => {
    const body: PutBody = { paymentTermsDays: Number(values.paymentTermsDays) };
    for (const field of TEXT_FIELDS) body[field] = values[field].trim() || null;
    body.country = values.country.trim().toUpperCase() || null;
    try {
      const saved = await save.mutateAsync({ body });
      form.reset(valuesOf(saved));
      toast.success(t('settings.saved'));
    } catch (error) {
      applyFieldErrors(error, form.setError, FIELDS);
    }
  });
  const problem = asProblem(save.error);
  const field = (name: TextFieldName, extra: { autoComplete?: string; hint?: string; maxLength?: number } = {}) => (
    <TextField label={t(`settings.fields.${name}`)} error={errors[name]?.message} {...extra} {...form.register(name)} />
  );

  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
        <BillingDetailsMissing missing={missing} showLink={false} />
        <Card title={t('settings.billing')}>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="sm:col-span-2">{field('legalName', { autoComplete: 'organization', maxLength: 200 })}</div>
            {field('addressLine1', { autoComplete: 'address-line1', maxLength: 200 })}
            {field('addressLine2', { autoComplete: 'address-line2', maxLength: 200 })}
            {field('postalCode', { autoComplete: 'postal-code', maxLength: 20 })}
            {field('city', { autoComplete: 'address-level2', maxLength: 100 })}
            {field('country', { autoComplete: 'country', hint: t('settings.countryHint'), maxLength: 2 })}
            {field('taxId', { maxLength: 40 })}
          </div>
        </Card>
        <Card title={t('settings.bank')}>
          <div className="grid gap-4 sm:grid-cols-2">
            {field('bankName', { maxLength: 100 })}
            {field('bankAccount', { maxLength: 64 })}
            <TextField
              label={t('settings.fields.paymentTermsDays')}
              inputMode="numeric"
              hint={t('settings.paymentTermsHint')}
              error={errors.paymentTermsDays?.message}
              {...form.register('paymentTermsDays', {
                validate: (value) =>
                  (/^\d{1,3}$/.test(value.trim()) && Number(value) <= 365) || t('settings.paymentTermsInvalid'),
              })}
            />
          </div>
          <TextAreaField
            className="mt-4"
            label={t('settings.fields.footer')}
            maxLength={1000}
            rows={3}
            error={errors.footer?.message}
            {...form.register('footer')}
          />
        </Card>
        <Card title={t('settings.numbering')}>
          <dl className="flex flex-col gap-3 text-sm">
            <div>
              <dt className="text-ink-muted">{t('settings.numberFormat')}</dt>
              <dd className="mt-0.5 font-mono text-base font-medium">2026/000123</dd>
              <dd className="mt-1 text-ink-muted">{t('settings.numberingRule')}</dd>
            </div>
            <div>
              <dt className="text-ink-muted">{t('settings.vatRates')}</dt>
              <dd className="mt-0.5">{t('settings.vatRatesRule')}</dd>
            </div>
          </dl>
        </Card>
        {save.isError && !problem?.errors?.length ? (
          <Alert tone="danger">{problem?.detail ?? t('settings.saveFailed')}</Alert>
        ) : null}
        <div className="flex justify-end">
          <Button type="submit" busy={form.formState.isSubmitting}>
            {t('settings.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
