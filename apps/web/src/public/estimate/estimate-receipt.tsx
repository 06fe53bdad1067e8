import { CheckCircle2, Printer } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import type { EstimateLine, PublicEstimate } from '../api/public-api';
import { PublicLayout } from '../shared/public-layout';
import { agreedOf } from './estimate-choices';
import { EstimateLineDetails } from './estimate-line-details';
import { EstimateMessage, EstimateSummary } from './estimate-summary';
import { EstimateTotals } from './estimate-totals';
import './estimate-print.css';
import type { EstimateFormatters } from './use-estimate-format';

/**
 * The record of a decision, exactly as the API holds it: the lines approved and declined, their
 * totals, who signed, when (in the workshop's zone) and the hash of the estimate decided on.
 * Printable: the print stylesheet drops the controls and prints black on white.
 */
export function EstimateReceipt({
  estimate,
  format,
  justDecided,
  notice,
}: {
  readonly estimate: PublicEstimate & { decision: NonNullable<PublicEstimate['decision']> };
  readonly format: EstimateFormatters;
  /** Decided on this page a moment ago (else: opened a link already decided). */
  readonly justDecided: boolean;
  /** Why the page reloaded to this state (a 409), if it did. */
  readonly notice: string | null;
}) {
  const { t } = useTranslation('public');
  const { decision, snapshot, workshop } = estimate;
  const agreed = agreedOf(snapshot.lines, decision.lines);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (justDecided) heading.current?.focus();
  }, [justDecided]);
  return (
    <PublicLayout workshop={workshop}>
      <div data-estimate-receipt className="flex flex-col gap-4">
        <div className="flex items-start gap-3">
          <CheckCircle2 aria-hidden="true" className="mt-1 size-7 shrink-0 text-success" />
          <div>
            <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold outline-none">
              {justDecided ? t('estimate.receipt.recorded') : t('estimate.receipt.alreadyDecided')}
            </h1>
            <p className="text-ink-muted">{t('estimate.receipt.intro', { workshop: snapshot.workshop.name })}</p>
          </div>
        </div>
        {notice ? (
          <Alert tone="warning" title={t('estimate.changed.title')}>
            {notice}
          </Alert>
        ) : null}
        <Button variant="secondary" size="lg" className="self-start print:hidden" onClick={() => window.print()}>
          <Printer aria-hidden="true" className="size-5" />
          {t('estimate.receipt.print')}
        </Button>

        <EstimateSummary estimate={estimate} format={format} />
        <EstimateMessage message={snapshot.message} />

        <ReceiptLines
          id="receipt-approved"
          title={t('estimate.receipt.approved')}
          lines={agreed.approved}
          format={format}
        />
        <ReceiptLines
          id="receipt-declined"
          title={t('estimate.receipt.declined')}
          lines={agreed.declined}
          format={format}
          struck
        />

        <section className="rounded-xl border border-line bg-surface p-4">
          <EstimateTotals totals={agreed.totals} caption={t('estimate.receipt.totals')} format={format} />
        </section>

        <section aria-labelledby="receipt-signature" className="rounded-xl border border-line bg-surface p-4">
          <h2 id="receipt-signature" className="text-lg font-semibold">
            {t('estimate.receipt.signature')}
          </h2>
          <dl className="mt-2 grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-ink-muted">{t('estimate.receipt.signedBy')}</dt>
              <dd className="font-medium break-words">{decision.signatureName}</dd>
            </div>
            <div>
              <dt className="text-ink-muted">{t('estimate.receipt.decidedAt')}</dt>
              <dd className="font-medium">{format.dateTime(decision.decidedAt)}</dd>
            </div>
            <div>
              <dt className="text-ink-muted">{t('estimate.receipt.how')}</dt>
              <dd className="font-medium">{t(`estimate.receipt.method.${decision.method}`)}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-ink-muted">{t('estimate.receipt.hash')}</dt>
              <dd className="font-mono text-xs break-all">{estimate.hash}</dd>
              <dd className="mt-1 text-xs text-ink-muted">{t('estimate.receipt.hashHint')}</dd>
            </div>
          </dl>
        </section>
      </div>
    </PublicLayout>
  );
}

function ReceiptLines({
  id,
  title,
  lines,
  format,
  struck = false,
}: {
  readonly id: string;
  readonly title: string;
  readonly lines: readonly EstimateLine[];
  readonly format: EstimateFormatters;
  readonly struck?: boolean;
}) {
  const { t } = useTranslation('public');
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {lines.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('estimate.receipt.noLines')}</p>
      ) : (
        <ul aria-labelledby={id} className="flex flex-col gap-2">
          {lines.map((line) => (
            <li key={line.id} className="rounded-xl border border-line bg-surface p-3">
              <EstimateLineDetails line={line} format={format} struck={struck} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
