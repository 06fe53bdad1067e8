import { Check, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { cx } from '@/ui/class-names';
import type { EstimateLine } from '../api/public-api';
import type { Choice } from './estimate-choices';
import { EstimateLineDetails } from './estimate-line-details';
import type { EstimateFormatters } from './use-estimate-format';

const OPTIONS: readonly { readonly choice: Choice; readonly Icon: typeof Check; readonly checked: string }[] = [
  { choice: 'approve', Icon: Check, checked: 'has-checked:border-success has-checked:bg-success-soft' },
  { choice: 'decline', Icon: X, checked: 'has-checked:border-danger has-checked:bg-danger-soft' },
];

/**
 * One line the estimate asks about, with its two answers as a radio pair: whole-width, 48 px
 * tall tap targets, the real input stretched over each so a tap anywhere on it answers.
 */
export function EstimateLineChoice({
  line,
  choice,
  missing,
  format,
  onChoose,
}: {
  readonly line: EstimateLine;
  readonly choice: Choice | undefined;
  /** Submitted without an answer for this line. */
  readonly missing: boolean;
  readonly format: EstimateFormatters;
  readonly onChoose: (choice: Choice) => void;
}) {
  const { t } = useTranslation('public');
  const name = `line-${line.id}`;
  return (
    <li
      className={cx(
        'rounded-xl border bg-surface p-4',
        missing ? 'border-danger' : choice === 'decline' ? 'border-line opacity-90' : 'border-line',
      )}
    >
      <fieldset aria-describedby={missing ? `${name}-missing` : undefined}>
        <legend className="sr-only">{line.description}</legend>
        <EstimateLineDetails line={line} format={format} struck={choice === 'decline'} />
        <div className="mt-3 grid grid-cols-2 gap-2 print:hidden">
          {OPTIONS.map(({ choice: option, Icon, checked }) => (
            <label
              key={option}
              className={cx(
                'relative flex min-h-12 items-center justify-center gap-2 rounded-lg border border-line px-3 text-base font-semibold',
                'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
                checked,
              )}
            >
              <input
                type="radio"
                name={name}
                value={option}
                checked={choice === option}
                onChange={() => onChoose(option)}
                className="absolute inset-0 size-full cursor-pointer appearance-none rounded-lg opacity-0"
              />
              <Icon aria-hidden="true" className="size-5" />
              {t(`estimate.${option}`)}
            </label>
          ))}
        </div>
        {missing ? (
          <p id={`${name}-missing`} className="mt-2 text-sm font-medium text-danger">
            {t('estimate.errors.lineMissing')}
          </p>
        ) : null}
      </fieldset>
    </li>
  );
}
