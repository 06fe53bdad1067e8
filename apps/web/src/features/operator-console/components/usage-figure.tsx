import { useTranslation } from 'react-i18next';

/**
 * A rolled-up figure, or a dash that says "not counted yet" when the rollup has not seen the
 * workshop (the API's null): a 0 there would read as "nothing happened". The dash is hidden from
 * assistive technology, which reads the words instead; sighted users get them as a tooltip.
 */
export function UsageFigure({
  value,
  format,
}: {
  readonly value: number | null;
  readonly format: (value: number) => string;
}) {
  if (value !== null) return <>{format(value)}</>;
  return <NotCountedYet />;
}

/** The dash of a figure the rollup has not counted yet, with its words for screen readers. */
export function NotCountedYet() {
  const { t } = useTranslation('operator-console');
  return (
    <>
      <span aria-hidden="true" title={t('usage.notCounted')} className="cursor-help text-ink-muted">
        —
      </span>
      <span className="sr-only">{t('usage.notCounted')}</span>
    </>
  );
}
