import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { CheckboxField } from '@/ui/checkbox-field';
import { TextField } from '@/ui/text-field';
import type { EstimateDecision, EstimateLine, PublicEstimate } from '../api/public-api';
import { PublicLayout } from '../shared/public-layout';
import {
  approvedTotals,
  type Choice,
  type Choices,
  chooseAll,
  openLines,
  unanswered,
  verdictOf,
} from './estimate-choices';
import { EstimateLineChoice } from './estimate-line-choice';
import { EstimateLineDetails } from './estimate-line-details';
import { EstimateMessage, EstimateSummary } from './estimate-summary';
import { EstimateTotals } from './estimate-totals';
import type { EstimateFormatters } from './use-estimate-format';

const NAME_MIN = 2;
const NAME_MAX = 200;

/**
 * The open estimate: an answer per line (or all at once), the live total of what is approved,
 * the typed name and the "I authorise" box. It sends the hash of exactly the estimate shown.
 * The name survives a reload after a 409 (the parent keeps it); the answers and the box do not,
 * since they were given to terms that changed.
 */
export function EstimateDecisionForm({
  estimate,
  format,
  signatureName,
  onSignatureName,
  notice,
  failure,
  nameError,
  busy,
  onDecide,
}: {
  readonly estimate: PublicEstimate;
  readonly format: EstimateFormatters;
  readonly signatureName: string;
  readonly onSignatureName: (name: string) => void;
  /** Why the estimate was reloaded (a 409), shown above it. */
  readonly notice: string | null;
  readonly failure: string | null;
  /** The API's word on the name, if it refused it. */
  readonly nameError: string | null;
  readonly busy: boolean;
  readonly onDecide: (decision: EstimateDecision) => void;
}) {
  const { t } = useTranslation('public');
  const formId = useId();
  const { snapshot, workshop } = estimate;
  const asked = openLines(snapshot.lines);
  const earlier = snapshot.lines.filter((line) => line.approval !== 'pending');
  const [choices, setChoices] = useState<Choices>({});
  const [authorised, setAuthorised] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const firstProblem = useRef<HTMLDivElement>(null);
  const totals = approvedTotals(asked, choices);
  const missing = unanswered(asked, choices);
  const trimmedName = signatureName.trim();
  const nameProblem =
    trimmedName.length < NAME_MIN
      ? t('estimate.errors.name')
      : trimmedName.length > NAME_MAX
        ? t('errors.tooLong')
        : null;

  const choose = (line: EstimateLine, choice: Choice) => setChoices((current) => ({ ...current, [line.id]: choice }));
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (missing.length > 0 || nameProblem || !authorised) {
      // Said in place; focus goes to the summary of what is missing, then the first field.
      requestAnimationFrame(() => firstProblem.current?.focus());
      return;
    }
    onDecide({ ...verdictOf(asked, choices), signatureName: trimmedName, hash: estimate.hash });
  };
  const problems = submitted
    ? [
        ...(missing.length > 0 ? [t('estimate.errors.unanswered', { count: missing.length })] : []),
        ...(nameProblem ? [nameProblem] : []),
        ...(!authorised ? [t('estimate.errors.authorise')] : []),
      ]
    : [];

  const footer = (
    <>
      <p className="min-w-0 flex-1 text-sm" aria-live="polite">
        <span className="block text-ink-muted">{t('estimate.approvedTotal')}</span>
        <span className="text-lg font-bold tabular-nums">{format.money(totals.grossMinor)}</span>
      </p>
      <Button type="submit" form={formId} size="lg" busy={busy}>
        {t('estimate.submit')}
      </Button>
    </>
  );

  return (
    <PublicLayout workshop={workshop} footer={footer}>
      <h1 className="text-2xl font-bold">{t('estimate.title')}</h1>
      {notice ? (
        <Alert tone="warning" title={t('estimate.changed.title')}>
          {notice}
        </Alert>
      ) : null}
      <EstimateSummary estimate={estimate} format={format} />
      <EstimateMessage message={snapshot.message} />

      <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-4">
        <section aria-labelledby="estimate-lines" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-end justify-between gap-2">
            <div>
              <h2 id="estimate-lines" className="text-lg font-semibold">
                {t('estimate.lines')}
              </h2>
              <p className="text-sm text-ink-muted">{t('estimate.linesHint')}</p>
            </div>
          </div>
          <div className="grid grid-cols-2 gap-2">
            <Button variant="secondary" size="lg" onClick={() => setChoices(chooseAll(asked, 'approve'))}>
              {t('estimate.approveAll')}
            </Button>
            <Button variant="secondary" size="lg" onClick={() => setChoices(chooseAll(asked, 'decline'))}>
              {t('estimate.declineAll')}
            </Button>
          </div>
          <ul aria-labelledby="estimate-lines" className="flex flex-col gap-3">
            {asked.map((line) => (
              <EstimateLineChoice
                key={line.id}
                line={line}
                choice={choices[line.id]}
                missing={submitted && choices[line.id] === undefined}
                format={format}
                onChoose={(choice) => choose(line, choice)}
              />
            ))}
          </ul>
        </section>

        {earlier.length > 0 ? (
          <section aria-labelledby="estimate-earlier" className="flex flex-col gap-2">
            <h2 id="estimate-earlier" className="text-lg font-semibold">
              {t('estimate.earlier')}
            </h2>
            <p className="text-sm text-ink-muted">{t('estimate.earlierHint')}</p>
            <ul aria-labelledby="estimate-earlier" className="flex flex-col gap-2">
              {earlier.map((line) => (
                <li key={line.id} className="rounded-xl border border-line bg-surface-2 p-3">
                  <EstimateLineDetails line={line} format={format} struck={line.approval === 'declined'} />
                  <p className="mt-1 text-sm font-medium">{t(`estimate.earlierState.${line.approval}`)}</p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section className="rounded-xl border border-line bg-surface p-4">
          <EstimateTotals totals={totals} caption={t('estimate.totals.approved')} format={format} />
          {totals.grossMinor === 0 ? <p className="mt-2 text-sm text-ink-muted">{t('estimate.totals.none')}</p> : null}
        </section>

        <section
          aria-labelledby="estimate-sign"
          className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4"
        >
          <h2 id="estimate-sign" className="text-lg font-semibold">
            {t('estimate.sign.title')}
          </h2>
          <TextField
            label={t('estimate.sign.name')}
            hint={t('estimate.sign.nameHint')}
            autoComplete="name"
            value={signatureName}
            maxLength={NAME_MAX}
            onChange={(event) => onSignatureName(event.target.value)}
            error={(submitted ? nameProblem : null) ?? nameError ?? undefined}
          />
          <CheckboxField
            label={t('estimate.sign.authorise', { workshop: snapshot.workshop.name })}
            checked={authorised}
            onChange={(event) => setAuthorised(event.target.checked)}
            error={submitted && !authorised ? t('estimate.errors.authorise') : undefined}
            className="min-h-12 justify-center"
          />
        </section>

        <div ref={firstProblem} tabIndex={-1} className="outline-none">
          {problems.length > 0 ? (
            <Alert tone="danger" title={t('estimate.errors.title')}>
              <ul className="list-disc pl-5">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {failure ? <Alert tone="danger">{failure}</Alert> : null}
        </div>
      </form>
    </PublicLayout>
  );
}
