import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { cx } from '@/ui/class-names';
import type { Slot } from './nearest-slots';
import type { PublicFormat } from './use-public-format';

/** "That time was just taken": the nearest free times, one tap to take one instead. */
export function NearestOffer({
  slots,
  format,
  onPick,
}: {
  readonly slots: readonly Slot[];
  readonly format: PublicFormat;
  readonly onPick: (slot: Slot) => void;
}) {
  const { t } = useTranslation('public');
  return (
    <Alert tone="warning" title={t('taken.title')}>
      <p>{slots.length > 0 ? t('taken.pick') : t('taken.none')}</p>
      {slots.length > 0 ? (
        <ul aria-label={t('taken.listLabel')} className="mt-3 flex flex-col gap-2">
          {slots.map((slot) => (
            <li key={slot.start}>
              <button
                type="button"
                onClick={() => onPick(slot)}
                className={cx(
                  'min-h-12 w-full rounded-lg border border-line bg-surface px-3 py-2 text-left font-semibold text-ink',
                  'hover:border-brand hover:bg-brand-soft',
                )}
              >
                {format.dateTime(slot.start)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
