import { Phone } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { buttonClasses } from '@/ui/button';
import { PlateChip } from '@/ui/plate-chip';
import type { PublicEstimate } from '../api/public-api';
import type { EstimateFormatters } from './use-estimate-format';

/** `tel:` wants digits and a leading plus only. */
export function telLink(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * Whose estimate this is: the workshop (with its phone, one tap to call) and the vehicle by
 * plate, make and model. The VIN is never part of what the customer is shown.
 */
export function EstimateSummary({
  estimate,
  format,
}: {
  readonly estimate: PublicEstimate;
  readonly format: EstimateFormatters;
}) {
  const { t } = useTranslation('public');
  const { snapshot, workshop } = estimate;
  const { vehicle } = snapshot;
  return (
    <section
      aria-labelledby="estimate-vehicle"
      className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4"
    >
      <div className="flex flex-wrap items-center gap-2">
        {vehicle.plate ? <PlateChip plate={vehicle.plate} className="text-base" /> : null}
        <h2 id="estimate-vehicle" className="text-lg font-semibold">
          {vehicle.make} {vehicle.model}
        </h2>
      </div>
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-ink-muted">{t('estimate.workshop')}</dt>
          <dd className="font-medium">{snapshot.workshop.name}</dd>
        </div>
        <div>
          <dt className="text-ink-muted">{t('estimate.issued')}</dt>
          <dd className="font-medium">{format.dateTime(snapshot.issuedAt)}</dd>
        </div>
        {snapshot.orderNumber !== undefined ? (
          <div>
            <dt className="text-ink-muted">{t('estimate.order')}</dt>
            <dd className="font-medium">
              {t('estimate.orderVersion', { number: snapshot.orderNumber, version: snapshot.version })}
            </dd>
          </div>
        ) : null}
        {estimate.state === 'open' ? (
          <div>
            <dt className="text-ink-muted">{t('estimate.decideBy')}</dt>
            <dd className="font-medium">{format.dateTime(estimate.expiresAt)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="text-sm text-ink-muted">{t('time.zone', { zone: format.zone })}</p>
      {workshop.phone ? (
        <a
          href={telLink(workshop.phone)}
          className={buttonClasses('secondary', 'lg', 'w-full sm:w-auto sm:self-start print:hidden')}
        >
          <Phone aria-hidden="true" className="size-5" />
          {t('estimate.call', { phone: workshop.phone })}
        </a>
      ) : null}
    </section>
  );
}

/** The workshop's own words to the customer, part of what they decide on. */
export function EstimateMessage({ message }: { readonly message: string | null }) {
  const { t } = useTranslation('public');
  if (!message) return null;
  return (
    <section aria-labelledby="estimate-message" className="rounded-xl border border-line bg-surface-2 p-4 text-sm">
      <h2 id="estimate-message" className="font-semibold">
        {t('estimate.message')}
      </h2>
      <p className="mt-1 break-words whitespace-pre-line">{message}</p>
    </section>
  );
}
