import { useNavigate } from '@tanstack/react-router';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asProblem } from '@/lib/api/problem';
import { useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { FormActions } from '@/ui/form-actions';
import { FormDialog, type DialogOpenState } from '@/ui/form-dialog';
import { PlateChip } from '@/ui/plate-chip';
import { Spinner } from '@/ui/spinner';
import { SubmitForm } from '@/ui/submit-form';
import { TextAreaField } from '@/ui/text-area-field';
import { TextField } from '@/ui/text-field';
import { useCreateOrder, useRefreshBoard, useVehicleHits } from '../api/board-queries';
import { promisedInstant } from '../utils/promised-time';

/** Opens a repair order: find the car (plate in any spelling, owner, VIN tail), then its page. */
export function NewOrderDialog(dialog: DialogOpenState) {
  const { t } = useTranslation('order-board');
  return (
    <FormDialog {...dialog} title={t('newOrder.title')} description={t('newOrder.description')}>
      {(close) => <NewOrderForm onDone={close} />}
    </FormDialog>
  );
}

function NewOrderForm({ onDone }: { readonly onDone: () => void }) {
  const { t } = useTranslation('order-board');
  const { timeZone } = useMe().workshop;
  const navigate = useNavigate();
  const refresh = useRefreshBoard();
  const [query, setQuery] = useState('');
  const [vehicleId, setVehicleId] = useState<string | null>(null);
  const [promised, setPromised] = useState('');
  const [complaint, setComplaint] = useState('');
  const [missingVehicle, setMissingVehicle] = useState(false);
  const deferred = useDeferredValue(query.trim());
  const hits = useVehicleHits(deferred);
  const create = useCreateOrder();
  const legendId = useId();

  const submit = () => {
    if (!vehicleId) {
      setMissingVehicle(true);
      return;
    }
    const promisedAt = promisedInstant(promised, timeZone);
    create.mutate(
      {
        body: {
          vehicleId,
          ...(promisedAt ? { promisedAt } : {}),
          ...(complaint.trim() ? { complaint: complaint.trim() } : {}),
        },
      },
      {
        onSuccess: (order) => {
          void refresh();
          onDone();
          void navigate({ to: '/orders/$orderId', params: { orderId: order.id } });
        },
      },
    );
  };

  const items = deferred ? (hits.data?.items ?? []) : [];
  return (
    <SubmitForm onSubmit={submit}>
      <TextField
        label={t('newOrder.search')}
        placeholder={t('newOrder.searchPlaceholder')}
        type="search"
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setVehicleId(null);
        }}
      />
      <fieldset aria-labelledby={legendId} className="flex flex-col gap-2">
        <legend id={legendId} className="mb-1 text-sm font-medium">
          {t('newOrder.vehicle')}
        </legend>
        {!deferred ? (
          <p className="text-sm text-ink-muted">{t('newOrder.typeToSearch')}</p>
        ) : hits.isFetching && items.length === 0 ? (
          <p className="flex items-center gap-2 text-sm text-ink-muted">
            <Spinner size="sm" /> {t('newOrder.searching')}
          </p>
        ) : hits.isError ? (
          <p className="text-sm text-danger">{t('newOrder.searchFailed')}</p>
        ) : items.length === 0 ? (
          <p className="text-sm text-ink-muted">{t('newOrder.noHits', { query: deferred })}</p>
        ) : (
          <ul className="flex max-h-64 flex-col gap-1 overflow-y-auto">
            {items.map((hit) => (
              <li key={hit.id}>
                <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-line px-3 py-2 has-[:checked]:border-brand has-[:checked]:bg-brand-soft">
                  <input
                    type="radio"
                    name="vehicle"
                    value={hit.id}
                    checked={vehicleId === hit.id}
                    onChange={() => {
                      setVehicleId(hit.id);
                      setMissingVehicle(false);
                    }}
                    className="size-4 accent-brand"
                  />
                  {hit.plate ? <PlateChip plate={hit.plate} /> : null}
                  <span className="min-w-0 text-sm">
                    <span className="block font-medium break-words">{hit.name}</span>
                    {hit.ownerName ? <span className="block text-ink-muted">{hit.ownerName}</span> : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {missingVehicle ? (
          <p className="text-sm font-medium text-danger" role="alert">
            {t('newOrder.pickVehicle')}
          </p>
        ) : null}
      </fieldset>
      <TextField
        label={t('newOrder.promised')}
        hint={t('newOrder.promisedHint', { zone: timeZone })}
        type="datetime-local"
        value={promised}
        onChange={(event) => setPromised(event.target.value)}
      />
      <TextAreaField
        label={t('newOrder.complaint')}
        rows={3}
        maxLength={4000}
        value={complaint}
        onChange={(event) => setComplaint(event.target.value)}
      />
      {create.isError ? (
        <Alert tone="danger" title={t('newOrder.failed')}>
          {asProblem(create.error)?.detail}
        </Alert>
      ) : null}
      <FormActions
        cancelLabel={t('cancel')}
        onCancel={onDone}
        submitLabel={t('newOrder.submit')}
        busy={create.isPending}
        stackOnPhone
      />
    </SubmitForm>
  );
}
