import { keepPreviousData } from '@tanstack/react-query';
import { Command } from 'cmdk';
import { User } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $api } from '@/lib/api/api-client';
import { Button } from '@/ui/button';
import { cx } from '@/ui/class-names';
import { FieldError } from '@/ui/field-error';
import { Spinner } from '@/ui/spinner';
import { useOwner } from '../api/vehicle-queries';

/** Waits for a pause in typing: one search per burst of keys. */
const TYPING_PAUSE_MS = 150;

/**
 * Picks an existing client by searching as you type (name, phone, e-mail; typos forgiven), the
 * server ranking the hits. Once picked, shows who it is with a way to change.
 */
export function OwnerPicker({
  clientId,
  onPick,
  error,
}: {
  readonly clientId: string;
  readonly onPick: (clientId: string) => void;
  readonly error?: string;
}) {
  const { t } = useTranslation('vehicles');
  const id = useId();
  const [query, setQuery] = useState('');
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(query.trim()), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [query]);
  const hits = $api.useQuery(
    'get',
    '/api/v1/search',
    { params: { query: { q: settled, types: ['client'], limit: 8 } } },
    { enabled: settled !== '' && clientId === '', placeholderData: keepPreviousData },
  );
  const picked = useOwner(clientId === '' ? null : clientId);

  if (clientId !== '') {
    return (
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-line bg-surface-2 p-3">
        <span className="flex min-w-0 items-center gap-2">
          <User aria-hidden="true" className="size-5 shrink-0 text-ink-muted" />
          {picked.data ? (
            <span className="min-w-0">
              <span className="block font-semibold">
                {picked.data.firstName} {picked.data.lastName}
              </span>
              {picked.data.phone ? <span className="block text-sm text-ink-muted">{picked.data.phone}</span> : null}
            </span>
          ) : picked.isError ? (
            <span className="text-danger">{t('form.ownerMissing')}</span>
          ) : (
            <Spinner size="sm" />
          )}
        </span>
        <Button size="sm" variant="secondary" onClick={() => onPick('')}>
          {t('form.changeOwner')}
        </Button>
      </div>
    );
  }

  const items = settled === '' ? [] : (hits.data?.items ?? []);
  return (
    <div className="flex flex-col gap-1.5">
      {/* cmdk names its input through its own hidden label (the `label` below); this is the visible twin. */}
      <span aria-hidden="true" className="text-sm font-medium">
        {t('form.findOwner')}
      </span>
      <Command shouldFilter={false} label={t('form.findOwner')} className="relative">
        <div className="relative">
          <Command.Input
            value={query}
            onValueChange={setQuery}
            placeholder={t('form.findOwnerPlaceholder')}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className={cx(
              'h-11 w-full rounded-lg border bg-surface px-3 pr-10 text-base text-ink placeholder:text-ink-muted',
              error ? 'border-danger' : 'border-line',
            )}
          />
          {hits.isFetching ? <Spinner size="sm" className="absolute top-3.5 right-3 text-ink-muted" /> : null}
        </div>
        {/* Always there: the input's aria-controls points at it. */}
        <Command.List
          className={cx(
            'max-h-72 overflow-y-auto',
            settled !== '' && 'mt-1 rounded-lg border border-line bg-surface p-1 shadow-sm',
          )}
        >
          {settled !== '' ? (
            <>
              {!hits.isPending && items.length === 0 ? (
                <Command.Empty className="px-3 py-3 text-sm text-ink-muted">
                  {t('form.noOwnerMatches', { query: settled })}
                </Command.Empty>
              ) : null}
              {items.map((hit) => (
                <Command.Item
                  key={hit.id}
                  value={hit.id}
                  onSelect={() => onPick(hit.id)}
                  className="flex min-h-11 cursor-pointer flex-col justify-center rounded-md px-3 py-2 data-[selected=true]:bg-surface-2"
                >
                  <span className="font-medium">{hit.name}</span>
                  {hit.subtitle ? <span className="text-sm text-ink-muted">{hit.subtitle}</span> : null}
                </Command.Item>
              ))}
            </>
          ) : null}
        </Command.List>
      </Command>
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  );
}
