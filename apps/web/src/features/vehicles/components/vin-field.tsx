import { AlertTriangle, CheckCircle2, Info, XCircle } from 'lucide-react';
import { useId, type InputHTMLAttributes, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '@/ui/class-names';
import { FieldError } from '@/ui/field-error';
import { VIN_LENGTH, vinFeedback, type VinFeedback } from '../utils/vin';

type Tone = 'muted' | 'success' | 'warning' | 'danger';

const TONE: Record<Tone, { text: string; Icon: typeof Info }> = {
  muted: { text: 'text-ink-muted', Icon: Info },
  success: { text: 'text-success', Icon: CheckCircle2 },
  warning: { text: 'text-warning', Icon: AlertTriangle },
  danger: { text: 'text-danger', Icon: XCircle },
};

/**
 * The VIN input with feedback as it is typed: characters counted, letters a VIN never has named,
 * and the check digit judged as the API judges it — wrong on a North American VIN is an error,
 * elsewhere only a note, because most European makers do not use position 9 as a check digit.
 */
export function VinField({
  label,
  value,
  error,
  hint,
  ref,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value'> & {
  readonly label: string;
  readonly value: string;
  readonly error?: string;
  readonly hint?: string;
  readonly ref?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation('vehicles');
  const id = useId();
  const feedback = vinFeedback(value);
  const said = describe(feedback, t);
  const { text, Icon } = TONE[said?.tone ?? 'muted'];
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        ref={ref}
        value={value}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={cx(`${id}-feedback`, error ? `${id}-error` : undefined)}
        className={cx(
          'h-11 rounded-lg border bg-surface px-3 font-mono text-base tracking-wider text-ink uppercase placeholder:font-sans placeholder:tracking-normal placeholder:text-ink-muted placeholder:normal-case',
          error ? 'border-danger' : 'border-line',
        )}
        {...input}
      />
      <p id={`${id}-feedback`} aria-live="polite" className={cx('flex items-start gap-1.5 text-sm', text)}>
        {said ? (
          <>
            <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            <span>{said.text}</span>
          </>
        ) : (
          <span className="text-ink-muted">{hint}</span>
        )}
      </p>
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  );
}

function describe(
  feedback: VinFeedback,
  t: (key: string, options?: Record<string, unknown>) => string,
): { tone: Tone; text: string } | undefined {
  switch (feedback.kind) {
    case 'empty':
      return undefined;
    case 'short':
      return { tone: 'muted', text: t('vin.feedback.count', { count: feedback.length, total: VIN_LENGTH }) };
    case 'long':
      return { tone: 'danger', text: t('vin.feedback.tooLong', { count: feedback.length, total: VIN_LENGTH }) };
    case 'characters':
      return { tone: 'danger', text: t('vin.feedback.characters', { characters: feedback.invalid.join(', ') }) };
    case 'check_digit':
      return { tone: 'danger', text: t('vin.feedback.checkDigitWrong', { expected: feedback.expected }) };
    case 'valid':
      return feedback.checkDigit === 'valid'
        ? { tone: 'success', text: t('vin.feedback.checkDigitValid') }
        : { tone: 'warning', text: t('vin.feedback.checkDigitNotUsed') };
  }
}
