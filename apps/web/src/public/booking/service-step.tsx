import { Check, Clock } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { cx } from '@/ui/class-names';
import type { PublicService } from '../api/public-api';
import type { PublicFormat } from '../shared/use-public-format';

/** Bookable services, each with its duration and price; a tap chooses one and moves on. */
export function ServiceStep({
  services,
  selected,
  format,
  onChoose,
}: {
  readonly services: readonly PublicService[];
  readonly selected: string | null;
  readonly format: PublicFormat;
  readonly onChoose: (id: string) => void;
}) {
  const { t } = useTranslation('public');
  if (services.length === 0) return <p className="text-ink-muted">{t('service.none')}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {services.map((service) => {
        const chosen = service.id === selected;
        return (
          <li key={service.id}>
            <button
              type="button"
              aria-pressed={chosen}
              onClick={() => onChoose(service.id)}
              className={cx(
                'flex min-h-16 w-full items-start justify-between gap-3 rounded-xl border p-4 text-left',
                chosen ? 'border-brand bg-brand-soft' : 'border-line bg-surface hover:border-brand',
              )}
            >
              <span className="flex min-w-0 flex-col gap-1">
                <span className="flex items-center gap-2 text-base font-semibold">
                  {chosen ? <Check aria-hidden="true" className="size-4 text-brand" /> : null}
                  {service.name}
                </span>
                {service.description ? <span className="text-sm text-ink-muted">{service.description}</span> : null}
                <span className="flex items-center gap-1 text-sm text-ink-muted">
                  <Clock aria-hidden="true" className="size-4" />
                  {format.duration(service.durationMinutes)}
                </span>
              </span>
              <span className="shrink-0 text-base font-semibold tabular-nums">{format.money(service.priceMinor)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
