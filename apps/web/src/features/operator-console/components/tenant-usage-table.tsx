import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema.gen';

type UsageDay = components['schemas']['OperatorTenantUsageDayResponse'];

const FIELDS = [
  'vehiclesCreated',
  'ordersCreated',
  'invoicesIssued',
  'mailsSent',
  'mailsFailed',
  'activeStaff',
] as const;

/**
 * A workshop's last 30 UTC days with activity, newest first; days without any fold into one
 * line, so the table shows what happened rather than 30 rows of zeros. Before the rollup has
 * counted the workshop (`counted` false) its days are not "without activity" but unknown.
 */
export function TenantUsageTable({
  usage,
  counted,
}: {
  readonly usage: readonly UsageDay[];
  readonly counted: boolean;
}) {
  const { t, i18n } = useTranslation('operator-console');
  const active = usage.filter((day) => FIELDS.some((field) => day[field] > 0)).reverse();
  const quiet = usage.length - active.length;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(i18n.language);
  if (!counted) return <p className="text-sm text-ink-muted">{t('usage.notCountedHint')}</p>;
  if (active.length === 0) return <p className="text-sm text-ink-muted">{t('usage.none')}</p>;
  return (
    <>
      {/* Seven columns scroll on a phone; focusable so that a keyboard can scroll them too. */}
      <div role="region" aria-label={t('tenant.usage')} tabIndex={0} className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('tenant.usage')}</caption>
          <thead className="border-b border-line text-xs text-ink-muted uppercase">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t('usage.day')}
              </th>
              {FIELDS.map((field) => (
                <th key={field} scope="col" className="px-3 py-2 text-right font-semibold">
                  {t(`usage.${field}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {active.map((day) => (
              <tr key={day.day}>
                <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap">
                  {date.format(new Date(`${day.day}T00:00:00Z`))}
                </th>
                {FIELDS.map((field) => (
                  <td key={field} className="px-3 py-2 text-right tabular-nums">
                    {number.format(day[field])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {quiet > 0 ? <p className="mt-2 text-sm text-ink-muted">{t('usage.quietDays', { count: quiet })}</p> : null}
    </>
  );
}
