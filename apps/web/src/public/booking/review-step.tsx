import { useTranslation } from 'react-i18next';
import { BRAND_TEXT } from '../shared/accent-style';
import type { PublicService } from '../api/public-api';
import type { PublicFormat } from '../shared/use-public-format';
import type { BookingDraft, Step } from './booking-steps';

/** Everything the booking will say, each part with a way back to change it. */
export function ReviewStep({
  draft,
  service,
  format,
  onEdit,
}: {
  readonly draft: BookingDraft;
  readonly service: PublicService | undefined;
  readonly format: PublicFormat;
  readonly onEdit: (step: Step) => void;
}) {
  const { t } = useTranslation('public');
  const rows: { step: Step; label: string; value: string }[] = [
    {
      step: 'service',
      label: t('review.service'),
      value: service
        ? `${service.name} · ${format.duration(service.durationMinutes)} · ${format.money(service.priceMinor)}`
        : '',
    },
    { step: 'time', label: t('review.time'), value: draft.slot ? format.dateTime(draft.slot.start) : '' },
    {
      step: 'vehicle',
      label: t('review.vehicle'),
      value: [draft.vehicle.plate, draft.vehicle.make, draft.vehicle.model, draft.vehicle.vin]
        .map((part) => part.trim())
        .filter(Boolean)
        .join(' · '),
    },
    {
      step: 'contact',
      label: t('review.contact'),
      value: [`${draft.contact.firstName} ${draft.contact.lastName}`, draft.contact.email, draft.contact.phone]
        .map((part) => part.trim())
        .filter(Boolean)
        .join(' · '),
    },
  ];
  return (
    <dl className="divide-y divide-line rounded-xl border border-line bg-surface">
      {rows.map((row) => (
        <div key={row.step} className="flex flex-col gap-0.5 p-4">
          <dt className="text-sm text-ink-muted">{row.label}</dt>
          <dd className="flex items-start justify-between gap-3">
            <span className="min-w-0 break-words font-medium">{row.value}</span>
            <button
              type="button"
              onClick={() => onEdit(row.step)}
              className={`-my-2 min-h-11 shrink-0 rounded-lg px-3 text-sm font-semibold underline-offset-2 hover:underline ${BRAND_TEXT}`}
              aria-label={t('review.change', { what: row.label })}
            >
              {t('review.changeShort')}
            </button>
          </dd>
        </div>
      ))}
    </dl>
  );
}
