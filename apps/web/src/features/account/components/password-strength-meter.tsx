import { useTranslation } from 'react-i18next';
import { cx } from '@/ui/class-names';
import type { PasswordStrength } from '../utils/password-strength';

const BAR_COLOURS: Record<PasswordStrength['score'], string> = {
  0: 'bg-line',
  1: 'bg-danger',
  2: 'bg-warning',
  3: 'bg-success',
  4: 'bg-success',
};

/** Four bars and a sentence; the sentence is what a screen reader hears, politely, as it changes. */
export function PasswordStrengthMeter({ strength }: { readonly strength: PasswordStrength }) {
  const { t } = useTranslation('account');
  return (
    <div className="flex flex-col gap-1.5">
      <div aria-hidden="true" className="grid grid-cols-4 gap-1">
        {[1, 2, 3, 4].map((bar) => (
          <span
            key={bar}
            className={cx('h-1.5 rounded-full', bar <= strength.score ? BAR_COLOURS[strength.score] : 'bg-surface-2')}
          />
        ))}
      </div>
      <p aria-live="polite" className="text-sm text-ink-muted">
        {strength.verdict === 'empty' ? '' : t(`password.verdict.${strength.verdict}`)}
      </p>
    </div>
  );
}
