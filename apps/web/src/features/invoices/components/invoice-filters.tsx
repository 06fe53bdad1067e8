import { useNavigate, useSearch } from '@tanstack/react-router';
import { X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/ui/button';
import { CheckboxField } from '@/ui/checkbox-field';
import { SelectField } from '@/ui/select-field';
import { TextField } from '@/ui/text-field';
import { INVOICE_STATUSES, type InvoiceListSearch } from '../utils/invoice-list-search';

/** The list's filters; each change replaces the URL's search (page back to 1). */
export function InvoiceFilters({ clientName }: { readonly clientName: string | null | undefined }) {
  const { t } = useTranslation('invoices');
  const search = useSearch({ from: '/_staff/invoices/' });
  const navigate = useNavigate({ from: '/invoices/' });
  const [number, setNumber] = useState(search.number ?? '');
  useEffect(() => setNumber(search.number ?? ''), [search.number]);

  const set = (patch: Partial<InvoiceListSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: undefined }), replace: true });
  const filtered = Boolean(
    search.number || search.from || search.to || search.clientId || search.status || search.overdue,
  );

  return (
    <section aria-label={t('filters.label')} className="mb-4 flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
        <form
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            set({ number: number.trim() || undefined });
          }}
        >
          <TextField
            label={t('filters.number')}
            inputMode="numeric"
            placeholder="2026/000123"
            value={number}
            onChange={(event) => setNumber(event.target.value)}
            onBlur={() => {
              if ((search.number ?? '') !== number.trim()) set({ number: number.trim() || undefined });
            }}
          />
        </form>
        <TextField
          label={t('filters.from')}
          type="date"
          value={search.from ?? ''}
          max={search.to}
          onChange={(event) => set({ from: event.target.value || undefined })}
        />
        <TextField
          label={t('filters.to')}
          type="date"
          value={search.to ?? ''}
          min={search.from}
          onChange={(event) => set({ to: event.target.value || undefined })}
        />
        <SelectField
          label={t('filters.status')}
          value={search.status ?? ''}
          onChange={(event) => set({ status: (event.target.value || undefined) as InvoiceListSearch['status'] })}
        >
          <option value="">{t('filters.anyStatus')}</option>
          {INVOICE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`filters.statuses.${status}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          className="sm:self-end sm:pb-3"
          label={t('filters.overdue')}
          checked={Boolean(search.overdue)}
          onChange={(event) => set({ overdue: event.target.checked ? true : undefined })}
        />
      </div>
      {search.clientId || filtered ? (
        <div className="flex flex-wrap items-center gap-2">
          {search.clientId ? (
            <Button variant="secondary" size="sm" onClick={() => set({ clientId: undefined })}>
              {t('filters.client', { name: clientName ?? t('filters.oneClient') })}
              <X aria-hidden="true" className="size-4" />
              <span className="sr-only">{t('filters.remove')}</span>
            </Button>
          ) : null}
          {filtered ? (
            <Button variant="ghost" size="sm" onClick={() => void navigate({ search: {}, replace: true })}>
              {t('filters.clear')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
