import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { applyFieldErrors, asProblem } from '@/lib/api/problem';
import { FieldRow } from '@/ui/field-row';
import { Alert } from '@/ui/alert';
import { FormActions } from '@/ui/form-actions';
import { FormDialog, type DialogOpenState } from '@/ui/form-dialog';
import { SelectField } from '@/ui/select-field';
import { TextField } from '@/ui/text-field';
import { useCatalog, usePartSearch, useRefreshOrder, type Order, type OrderLine } from '../api/order-queries';
import {
  decimalText,
  EMPTY_LINE,
  lineFormSchema,
  lineFormValues,
  toAddLineBody,
  toUpdateLineBody,
  type LineFormValues,
  withoutTrailingZeros,
} from '../utils/line-form';
import { currencyDigits, formatMoney, formatQuantity } from '../utils/money';

const FIELDS = ['description', 'quantity', 'unitPrice', 'vatRate', 'mechanicUserId', 'partId'] as const;
const API_FIELDS: Record<string, (typeof FIELDS)[number]> = {
  description: 'description',
  quantity: 'quantity',
  unitPriceMinor: 'unitPrice',
  vatRateBp: 'vatRate',
  mechanicUserId: 'mechanicUserId',
  partId: 'partId',
};

export function LineEditorDialog({
  order,
  line,
  ...dialog
}: {
  readonly order: Order;
  readonly line?: OrderLine;
} & DialogOpenState) {
  const { t } = useTranslation('orders');
  return (
    <FormDialog
      {...dialog}
      title={line ? t('lineEditor.editTitle') : t('lineEditor.addTitle')}
      description={line?.approval === 'approved' ? t('lineEditor.reapproval') : undefined}
      className="sm:max-w-xl"
    >
      {(close) => <LineEditorForm order={order} line={line} onDone={close} />}
    </FormDialog>
  );
}

export function LineEditorForm({
  order,
  line,
  onDone,
}: {
  readonly order: Order;
  readonly line?: OrderLine;
  readonly onDone: () => void;
}) {
  const { t, i18n } = useTranslation('orders');
  const digits = currencyDigits(order.currency);
  const refresh = useRefreshOrder();
  const add = $api.useMutation('post', '/api/v1/repair-orders/{id}/lines');
  const update = $api.useMutation('patch', '/api/v1/repair-orders/{id}/lines/{lineId}');
  const [failure, setFailure] = useState<string>();
  const form = useForm<LineFormValues>({
    resolver: zodResolver(lineFormSchema(digits)),
    defaultValues: line ? lineFormValues(line, digits, i18n.language) : EMPTY_LINE,
  });
  const kind = form.watch('kind');
  const partId = form.watch('partId');
  const error = (field: keyof LineFormValues) => {
    const message = form.formState.errors[field]?.message;
    if (!message) return undefined;
    return form.formState.errors[field]?.type === 'server' ? message : t(`lineEditor.errors.${message}`);
  };

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      if (line) {
        const body = toUpdateLineBody(line, values, digits);
        if (Object.keys(body).length > 0) {
          await update.mutateAsync({ params: { path: { id: order.id, lineId: line.id } }, body });
        }
      } else {
        await add.mutateAsync({ params: { path: { id: order.id } }, body: toAddLineBody(values, digits) });
      }
      await refresh();
      toast.success(line ? t('lineEditor.saved') : t('lineEditor.added'));
      onDone();
    } catch (caught) {
      const problem = asProblem(caught);
      let placed = false;
      for (const fieldError of problem?.errors ?? []) {
        const field = API_FIELDS[fieldError.field];
        if (field) {
          form.setError(field, { type: 'server', message: fieldError.message });
          placed = true;
        }
      }
      if (!placed && !applyFieldErrors(caught, form.setError, FIELDS)) setFailure(problem?.detail ?? t('failed'));
    }
  });

  const fill = (values: { description: string; priceMinor: number; vatRateBp: number }) => {
    form.setValue('description', values.description, { shouldValidate: form.formState.isSubmitted });
    form.setValue('unitPrice', decimalText(values.priceMinor, digits, i18n.language));
    form.setValue('vatRate', withoutTrailingZeros(decimalText(values.vatRateBp, 2, i18n.language)));
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
      {line ? (
        <p className="text-sm text-ink-muted">{t('lineEditor.kindFixed', { kind: t(`kinds.${line.kind}`) })}</p>
      ) : (
        <SelectField label={t('lineEditor.kind')} {...form.register('kind')}>
          <option value="labour">{t('kinds.labour')}</option>
          <option value="part">{t('kinds.part')}</option>
          <option value="fee">{t('kinds.fee')}</option>
        </SelectField>
      )}
      {!line && kind !== 'part' ? <CatalogPicker onPick={fill} currency={order.currency} /> : null}
      {!line && kind === 'part' ? (
        <PartPicker
          value={partId}
          currency={order.currency}
          onPick={(part) => {
            form.setValue('partId', part?.id ?? '');
            if (part) fill({ description: part.name, priceMinor: part.priceMinor, vatRateBp: part.vatRateBp });
          }}
        />
      ) : null}
      <TextField label={t('lineEditor.description')} error={error('description')} {...form.register('description')} />
      <FieldRow className="grid-cols-2 gap-3 sm:grid-cols-3">
        <TextField
          label={kind === 'labour' ? t('lineEditor.hours') : t('lineEditor.quantity')}
          inputMode="decimal"
          autoComplete="off"
          error={error('quantity')}
          {...form.register('quantity')}
        />
        <TextField
          label={
            kind === 'labour'
              ? t('lineEditor.rate', { currency: order.currency })
              : t('lineEditor.unitPrice', { currency: order.currency })
          }
          inputMode="decimal"
          autoComplete="off"
          error={error('unitPrice')}
          {...form.register('unitPrice')}
        />
        <TextField
          label={t('lineEditor.vatRate')}
          inputMode="decimal"
          autoComplete="off"
          error={error('vatRate')}
          {...form.register('vatRate')}
        />
      </FieldRow>
      {kind === 'labour' ? (
        <SelectField
          label={t('lineEditor.mechanic')}
          error={error('mechanicUserId')}
          hint={order.mechanics.length === 0 ? t('lineEditor.noMechanics') : undefined}
          {...form.register('mechanicUserId')}
        >
          <option value="">{t('lineEditor.noMechanic')}</option>
          {order.mechanics.map((person) => (
            <option key={person.userId} value={person.userId}>
              {person.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      {failure ? <Alert tone="danger">{failure}</Alert> : null}
      <FormActions
        cancelLabel={t('cancel')}
        onCancel={onDone}
        submitLabel={line ? t('lineEditor.save') : t('lineEditor.add')}
        busy={form.formState.isSubmitting}
      />
      <p className="sr-only" aria-live="polite">
        {partId ? t('lineEditor.partChosen') : ''}
      </p>
    </form>
  );
}

function CatalogPicker({
  currency,
  onPick,
}: {
  readonly currency: string;
  readonly onPick: (service: { description: string; priceMinor: number; vatRateBp: number }) => void;
}) {
  const { t, i18n } = useTranslation('orders');
  const catalog = useCatalog(true);
  const services = (catalog.data ?? []).filter((service) => service.active);
  return (
    <SelectField
      label={t('lineEditor.fromCatalog')}
      defaultValue=""
      hint={
        catalog.isError
          ? t('lineEditor.catalogFailed')
          : services.length === 0 && catalog.isSuccess
            ? t('lineEditor.catalogEmpty')
            : undefined
      }
      onChange={(event) => {
        const service = services.find((item) => item.id === event.target.value);
        if (service)
          onPick({ description: service.name, priceMinor: service.priceMinor, vatRateBp: service.vatRateBp });
      }}
    >
      <option value="">{catalog.isPending ? t('page.loadingShort') : t('lineEditor.catalogNone')}</option>
      {services.map((service) => (
        <option key={service.id} value={service.id}>
          {service.name} · {formatMoney(service.priceMinor, currency, i18n.language)}
        </option>
      ))}
    </SelectField>
  );
}

type Part = { id: string; name: string; partNumber: string; priceMinor: number; vatRateBp: number; onHand: number };

function PartPicker({
  value,
  currency,
  onPick,
}: {
  readonly value: string;
  readonly currency: string;
  readonly onPick: (part: Part | undefined) => void;
}) {
  const { t, i18n } = useTranslation('orders');
  const [query, setQuery] = useState('');
  const parts = usePartSearch(query, true);
  const items = parts.data?.items ?? [];
  return (
    <fieldset className="flex min-w-0 flex-col gap-2 rounded-lg border border-line p-3">
      <legend className="px-1 text-sm font-medium">{t('lineEditor.fromParts')}</legend>
      <TextField
        label={t('lineEditor.partSearch')}
        type="search"
        value={query}
        autoComplete="off"
        onChange={(event) => setQuery(event.target.value)}
      />
      <SelectField
        label={t('lineEditor.part')}
        value={value}
        hint={
          parts.isError
            ? t('lineEditor.partsFailed')
            : parts.isSuccess && items.length === 0
              ? t('lineEditor.partsEmpty')
              : undefined
        }
        onChange={(event) => onPick(items.find((part) => part.id === event.target.value))}
      >
        <option value="">{parts.isPending ? t('page.loadingShort') : t('lineEditor.partNone')}</option>
        {items.map((part) => (
          <option key={part.id} value={part.id}>
            {t('lineEditor.partOption', {
              name: part.name,
              number: part.partNumber,
              price: formatMoney(part.priceMinor, currency, i18n.language),
              count: part.onHand,
              stock: formatQuantity(part.onHand, i18n.language),
            })}
          </option>
        ))}
      </SelectField>
    </fieldset>
  );
}
