import { useNavigate } from '@tanstack/react-router';
import { Command } from 'cmdk';
import { Car, User, X } from 'lucide-react';
import { Dialog as RadixDialog } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asProblem } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { PlateChip } from '@/ui/plate-chip';
import { Spinner } from '@/ui/spinner';
import { continuesTyping, useRecentVehicles, useSearch, type SearchItem } from '../hooks/use-search';

const ITEM =
  'flex cursor-pointer items-center gap-3 rounded-lg px-3 py-2.5 aria-selected:bg-surface-2 data-[selected=true]:bg-surface-2';
const GROUP =
  '[&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:pt-3 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:text-ink-muted [&_[cmdk-group-heading]]:uppercase';

/**
 * Ctrl/⌘+K or `/`: vehicles and clients as the server ranks them (plates in any spelling,
 * typos, diacritics, phones, VIN tails); the recently opened vehicles when nothing is typed.
 * Enter opens the highlighted hit.
 */
export function SearchPalette({
  open,
  onOpenChange,
}: {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const typed = query.trim().length > 0;
  const search = useSearch(query);
  const recent = useRecentVehicles(open && !typed);
  // A stand-in answer is shown only while it belongs to what is being typed on; after a clear,
  // the hits of an unrelated earlier query never flash up as if they were this one's.
  const answer =
    search.data && (!search.isPlaceholderData || continuesTyping(search.data.query, query)) ? search.data : undefined;
  const hits = typed ? (answer?.items ?? []) : [];
  const vehicles = hits.filter((hit) => hit.type === 'vehicle');
  const clients = hits.filter((hit) => hit.type === 'client');
  // The API answers 503 only when the index is down; everything saved stays and is found later.
  const degraded = typed && search.isError && asProblem(search.error)?.status === 503;
  // The highlighted hit, kept on one that is on screen: when an answer replaces the hits, cmdk
  // would keep pointing at a hit that is gone (and Enter would open nothing), so the first of
  // the new answer takes over.
  const [picked, setPicked] = useState('');
  const options = typed
    ? [...vehicles.map((hit) => `vehicle-${hit.id}`), ...clients.map((hit) => `client-${hit.id}`)]
    : (recent.data ?? []).map((vehicle) => `recent-${vehicle.id}`);
  const highlighted = options.includes(picked) ? picked : (options[0] ?? '');

  function close(next: boolean) {
    if (!next) {
      setQuery('');
      setPicked('');
    }
    onOpenChange(next);
  }
  function openVehicle(id: string) {
    close(false);
    void navigate({ to: '/vehicles/$vehicleId', params: { vehicleId: id } });
  }
  function openClient(id: string) {
    close(false);
    void navigate({ to: '/clients/$clientId', params: { clientId: id } });
  }

  return (
    <RadixDialog.Root open={open} onOpenChange={close}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <RadixDialog.Content
          aria-describedby={undefined}
          className="fixed inset-x-0 top-0 z-50 mx-auto flex max-h-dvh w-full flex-col overflow-hidden bg-surface text-ink shadow-2xl sm:top-[10vh] sm:max-h-[75vh] sm:max-w-2xl sm:rounded-2xl"
        >
          <RadixDialog.Title className="sr-only">{t('title')}</RadixDialog.Title>
          <Command
            shouldFilter={false}
            loop
            value={highlighted}
            onValueChange={setPicked}
            className="flex min-h-0 flex-1 flex-col"
          >
            <div className="flex items-center gap-2 border-b border-line px-4">
              <Command.Input
                value={query}
                onValueChange={setQuery}
                placeholder={t('placeholder')}
                aria-label={t('inputLabel')}
                className="h-14 min-w-0 flex-1 bg-transparent text-base outline-none placeholder:text-ink-muted sm:text-lg"
              />
              {typed && search.isFetching ? <Spinner size="sm" className="text-ink-muted" /> : null}
              <span role="status" className="sr-only">
                {typed ? (search.isFetching ? t('searching') : t('hits', { count: hits.length })) : ''}
              </span>
              <RadixDialog.Close
                aria-label={t('closeLabel')}
                className="-mr-2 rounded-md p-2.5 text-sm text-ink-muted hover:bg-surface-2 sm:mr-0 sm:px-2 sm:py-1"
              >
                <span aria-hidden="true" className="hidden sm:inline">
                  {t('close')}
                </span>
                <X aria-hidden="true" className="size-5 sm:hidden" />
              </RadixDialog.Close>
            </div>
            {degraded ? (
              <Alert tone="warning" title={t('degradedTitle')} className="m-3">
                {t('degradedBody')}
              </Alert>
            ) : null}
            {/* Outside the listbox, which may hold only options: the messages for no options. */}
            {typed && answer && !search.isPlaceholderData && !degraded && hits.length === 0 ? (
              <p className="px-5 py-8 text-center text-ink-muted">{t('noHits', { query: query.trim() })}</p>
            ) : null}
            {!typed && recent.data?.length === 0 ? (
              <p className="px-5 py-6 text-center text-sm text-ink-muted">{t('noRecent')}</p>
            ) : null}
            <Command.List
              label={t('results')}
              aria-busy={typed && search.isFetching ? true : undefined}
              className={options.length > 0 ? 'min-h-0 flex-1 overflow-y-auto p-2' : undefined}
            >
              {!typed && recent.data?.length ? (
                <Command.Group heading={t('recent')} className={GROUP}>
                  {recent.data.map((vehicle) => (
                    <Command.Item
                      key={vehicle.id}
                      value={`recent-${vehicle.id}`}
                      onSelect={() => openVehicle(vehicle.id)}
                      className={ITEM}
                    >
                      <Car aria-hidden="true" className="size-5 shrink-0 text-ink-muted" />
                      {vehicle.plate ? <PlateChip plate={vehicle.plate} /> : null}
                      <span className="truncate">
                        {vehicle.make} {vehicle.model}
                      </span>
                    </Command.Item>
                  ))}
                </Command.Group>
              ) : null}
              {vehicles.length > 0 ? (
                <Command.Group heading={t('vehicles')} className={GROUP}>
                  {vehicles.map((hit) => (
                    <Command.Item
                      key={hit.id}
                      value={`vehicle-${hit.id}`}
                      onSelect={() => openVehicle(hit.id)}
                      className={ITEM}
                    >
                      <Car aria-hidden="true" className="size-5 shrink-0 text-ink-muted" />
                      <VehicleHit hit={hit} />
                    </Command.Item>
                  ))}
                </Command.Group>
              ) : null}
              {clients.length > 0 ? (
                <Command.Group heading={t('clients')} className={GROUP}>
                  {clients.map((hit) => (
                    <Command.Item
                      key={hit.id}
                      value={`client-${hit.id}`}
                      onSelect={() => openClient(hit.id)}
                      className={ITEM}
                    >
                      <User aria-hidden="true" className="size-5 shrink-0 text-ink-muted" />
                      <span className="min-w-0">
                        <span className="block truncate font-medium">{hit.name}</span>
                        {hit.phone ? <span className="block truncate text-sm text-ink-muted">{hit.phone}</span> : null}
                      </span>
                    </Command.Item>
                  ))}
                </Command.Group>
              ) : null}
            </Command.List>
            <p className="hidden border-t border-line px-4 py-2 text-xs text-ink-muted sm:block">{t('hint')}</p>
          </Command>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

function VehicleHit({ hit }: { readonly hit: SearchItem }) {
  return (
    <span className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-0.5">
      {hit.plate ? <PlateChip plate={hit.plate} /> : null}
      <span className="truncate font-medium">{hit.name}</span>
      {hit.ownerName ? (
        <span className="w-full truncate text-sm text-ink-muted sm:w-auto">
          {[hit.ownerName, hit.phone].filter(Boolean).join(' · ')}
        </span>
      ) : null}
    </span>
  );
}
