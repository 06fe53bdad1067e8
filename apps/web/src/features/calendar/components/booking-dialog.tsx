import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '@/lib/api/api-client';
import { asProblem, unwrap } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { FormActions } from '@/ui/form-actions';
import { CheckboxField } from '@/ui/checkbox-field';
import { Dialog } from '@/ui/dialog';
import { SelectField } from '@/ui/select-field';
import { Spinner } from '@/ui/spinner';
import { TextField } from '@/ui/text-field';
import {
  useClientSearch,
  useClientVehicles,
  useCreateAppointment,
  useServices,
  type SearchItem,
} from '../api/calendar-queries';
import { useCalendarFormat } from '../hooks/use-calendar-format';
import { instantAt, isoInZone } from '../utils/calendar-geometry';
import { refusalMessage } from '../utils/refusal-message';

export interface BookingSlot {
  readonly date: string;
  readonly bay: number;
  readonly minute: number;
}

interface Picked {
  readonly clientId: string;
  readonly name: string;
  readonly vehicleId: string | null;
}

/** Books an empty slot: a client or vehicle found by search, the vehicle, the services. */
export function BookingDialog({
  slot,
  timeZone,
  bayLabel,
  onClose,
  onBooked,
}: {
  readonly slot: BookingSlot;
  readonly timeZone: string;
  /** The bay as the schedule names it. */
  readonly bayLabel: string;
  readonly onClose: () => void;
  readonly onBooked: (message: string) => void;
}) {
  const { t } = useTranslation('calendar');
  const format = useCalendarFormat(timeZone);
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<Picked | null>(null);
  /** The vehicle the person chose; until then the picked car, or the client's only one. */
  const [vehicleChoice, setVehicleChoice] = useState<string | null>(null);
  const [serviceIds, setServiceIds] = useState<readonly string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [missing, setMissing] = useState<'client' | 'service' | null>(null);
  const hits = useClientSearch(picked ? '' : query);
  const vehicles = useClientVehicles(picked?.clientId ?? null);
  const services = useServices(true);
  const create = useCreateAppointment();
  const start = instantAt(slot.date, slot.minute, timeZone);
  const when = `${format.day(slot.date)} ${format.time(start)}`;
  const active = services.data?.filter((service) => service.active) ?? [];
  const onlyVehicle = vehicles.data?.items.length === 1 ? vehicles.data.items[0]?.id : undefined;
  const vehicleId = vehicleChoice ?? picked?.vehicleId ?? onlyVehicle ?? '';

  const pick = async (hit: SearchItem) => {
    setMissing(null);
    if (hit.type === 'client') {
      setPicked({ clientId: hit.id, name: hit.name, vehicleId: null });
      setVehicleChoice(null);
      return;
    }
    try {
      const vehicle = await unwrap(api.GET('/api/v1/vehicles/{id}', { params: { path: { id: hit.id } } }));
      if (!vehicle.clientId) return;
      setPicked({ clientId: vehicle.clientId, name: hit.ownerName ?? hit.title, vehicleId: vehicle.id });
      setVehicleChoice(null);
    } catch (error) {
      setProblem(asProblem(error)?.detail ?? t('refusal.other'));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!picked) return setMissing('client');
    if (serviceIds.length === 0) return setMissing('service');
    setMissing(null);
    create.mutate(
      {
        clientId: picked.clientId,
        ...(vehicleId ? { vehicleId } : {}),
        serviceIds: [...serviceIds],
        startsAt: isoInZone(start, timeZone),
        bay: slot.bay,
      },
      {
        onSuccess: () => {
          onBooked(t('book.booked', { client: picked.name, day: format.day(slot.date), time: format.time(start) }));
          onClose();
        },
        onError: (error) => setProblem(refusalMessage(t, asProblem(error))),
      },
    );
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t('book.title', { bay: bayLabel, day: format.day(slot.date), time: format.time(start) })}
    >
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <p className="sr-only">{when}</p>
        {picked ? (
          <div className="flex items-center justify-between gap-3 rounded-lg border border-line p-3">
            <div>
              <p className="text-sm text-ink-muted">{t('book.client')}</p>
              <p className="font-semibold">{picked.name}</p>
            </div>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => {
                setPicked(null);
                setVehicleChoice(null);
              }}
            >
              {t('book.change')}
            </Button>
          </div>
        ) : (
          <div className="flex flex-col gap-2">
            <TextField
              label={t('book.search')}
              placeholder={t('book.searchPlaceholder')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              autoComplete="off"
              type="search"
              autoFocus
              error={missing === 'client' ? t('book.pickClient') : undefined}
            />
            {query.trim() ? (
              hits.isFetching && !hits.data ? (
                <p role="status" className="flex items-center gap-2 text-sm text-ink-muted">
                  <Spinner size="sm" />
                  {t('book.searching')}
                </p>
              ) : hits.data && hits.data.items.length === 0 ? (
                <p role="status" className="text-sm text-ink-muted">
                  {t('book.noMatches', { query: query.trim() })}
                </p>
              ) : (
                <ul aria-label={t('book.results')} className="flex max-h-56 flex-col gap-1 overflow-y-auto">
                  {hits.data?.items.map((hit) => (
                    <li key={`${hit.type}:${hit.id}`}>
                      <button
                        type="button"
                        onClick={() => void pick(hit)}
                        className="flex w-full flex-col rounded-lg border border-line px-3 py-2 text-left hover:bg-surface-2"
                      >
                        <span className="font-semibold">{hit.title}</span>
                        <span className="text-sm text-ink-muted">{hit.subtitle}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )
            ) : null}
          </div>
        )}
        {picked ? (
          vehicles.isPending ? (
            <p role="status" className="text-sm text-ink-muted">
              {t('book.vehiclesLoading')}
            </p>
          ) : (
            <SelectField
              label={t('book.vehicle')}
              value={vehicleId}
              onChange={(event) => setVehicleChoice(event.target.value)}
            >
              <option value="">{t('book.vehicleNone')}</option>
              {vehicles.data?.items.map((vehicle) => (
                <option key={vehicle.id} value={vehicle.id}>
                  {[vehicle.plate, vehicle.make, vehicle.model].filter(Boolean).join(' ')}
                </option>
              ))}
            </SelectField>
          )
        ) : null}
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">{t('book.services')}</legend>
          {services.isPending ? (
            <p role="status" className="text-sm text-ink-muted">
              {t('book.servicesLoading')}
            </p>
          ) : active.length === 0 ? (
            <p className="text-sm text-ink-muted">{t('book.noServices')}</p>
          ) : (
            active.map((service) => (
              <CheckboxField
                key={service.id}
                label={`${service.name} · ${t('book.duration', { minutes: service.durationMinutes })}`}
                checked={serviceIds.includes(service.id)}
                onChange={(event) =>
                  setServiceIds((ids) =>
                    event.target.checked ? [...ids, service.id] : ids.filter((id) => id !== service.id),
                  )
                }
              />
            ))
          )}
          {missing === 'service' ? (
            <p role="alert" className="text-sm font-medium text-danger">
              {t('book.pickService')}
            </p>
          ) : null}
        </fieldset>
        {problem ? (
          <Alert tone="danger" title={t('book.failed')}>
            {problem}
          </Alert>
        ) : null}
        <FormActions
          cancelLabel={t('cancel')}
          onCancel={onClose}
          submitLabel={t('book.submit')}
          busy={create.isPending}
          stackOnPhone
        />
      </form>
    </Dialog>
  );
}
