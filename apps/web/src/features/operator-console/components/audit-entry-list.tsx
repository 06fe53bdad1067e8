import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema.gen';

type Entry = components['schemas']['OperatorAuditEntryResponse'];

/** Operator audit entries, newest first: who did what, when, to which workshop, and why. */
export function AuditEntryList({
  entries,
  label,
  showTarget = false,
}: {
  readonly entries: readonly Entry[];
  readonly label: string;
  readonly showTarget?: boolean;
}) {
  const { t, i18n } = useTranslation('operator-console');
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ol aria-label={label} className="divide-y divide-line rounded-xl border border-line bg-surface">
      {entries.map((entry) => (
        <li key={entry.id} className="p-4">
          <p className="font-medium">{t(`audit.actions.${entry.action.replaceAll('.', '_')}`)}</p>
          <p className="text-sm text-ink-muted">
            {entry.operatorEmail ?? t('audit.unknownOperator')} · {when.format(new Date(entry.occurredAt))}
            {showTarget && entry.targetTenantId ? (
              <>
                {' · '}
                {/* The id, not the name: the log outlives a workshop, and it names nothing of its data. */}
                <Link
                  to="/ops/tenants/$tenantId"
                  params={{ tenantId: entry.targetTenantId }}
                  className="font-mono text-xs text-ink underline underline-offset-2"
                >
                  {entry.targetTenantId}
                </Link>
              </>
            ) : null}
          </p>
          {entry.reason ? <p className="mt-1 text-sm">{t('audit.reason', { reason: entry.reason })}</p> : null}
          {entry.details.failure ? (
            <p className="mt-1 text-sm text-ink-muted">{t(`audit.failures.${entry.details.failure}`)}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
