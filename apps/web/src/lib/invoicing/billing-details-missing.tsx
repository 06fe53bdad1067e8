import { Link } from '@tanstack/react-router';
import { Settings } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { buttonClasses } from '@/ui/button';
import { asProblem, problemCode } from '../api/problem';

/** The billing details the API names (its field names) that issuing knows how to label. */
const KNOWN = ['legalName', 'addressLine1', 'postalCode', 'city', 'country', 'taxId', 'bankAccount'] as const;

/**
 * The billing details a refused issue (409 `invoicing_not_configured`) says are missing, or
 * undefined when `error` is anything else.
 */
export function missingBillingDetails(error: unknown): string[] | undefined {
  if (problemCode(error)?.replace(/-/g, '_') !== 'invoicing_not_configured') return undefined;
  const missing = (asProblem(error) as { missing?: unknown } | undefined)?.missing;
  return Array.isArray(missing) ? missing.filter((field): field is string => typeof field === 'string') : [];
}

/**
 * "Invoicing details are missing: legal name, VAT ID…" with a link to Settings → Invoicing, for
 * an issue the API refused for want of them (or for a settings answer's `missing` list). Renders
 * nothing for any other error. Shared in lib so the order page can show it where it issues.
 */
export function BillingDetailsMissing({
  error,
  missing: given,
  showLink = true,
}: {
  /** The failed issue call. */
  readonly error?: unknown;
  /** Or the `missing` list itself (GET /settings/invoicing). */
  readonly missing?: readonly string[];
  /** Off on the settings page itself. */
  readonly showLink?: boolean;
}) {
  const { t } = useTranslation('ui');
  const missing = given ?? missingBillingDetails(error);
  if (!missing || (given && given.length === 0)) return null;
  const label = (field: string) =>
    (KNOWN as readonly string[]).includes(field) ? t(`billingMissing.fields.${field}`) : field;
  return (
    <Alert tone="warning" title={t('billingMissing.title')}>
      <p>{t('billingMissing.body')}</p>
      <ul className="mt-1 list-disc ps-5">
        {missing.map((field) => (
          <li key={field}>{label(field)}</li>
        ))}
      </ul>
      {showLink ? (
        <Link to="/settings/invoicing" className={buttonClasses('secondary', 'sm', 'mt-2')}>
          <Settings aria-hidden="true" className="size-4" />
          {t('billingMissing.link')}
        </Link>
      ) : null}
    </Alert>
  );
}
