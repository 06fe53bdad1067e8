import { Link } from '@tanstack/react-router';
import { Phone } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Card } from '@/ui/card';
import { Skeleton } from '@/ui/skeleton';
import { useOwner } from '../api/vehicle-queries';

/** Whose car it is, with the way to call them; after a GDPR erasure, nobody's. */
export function OwnerCard({ clientId }: { readonly clientId: string | null }) {
  const { t } = useTranslation('vehicles');
  const owner = useOwner(clientId);
  return (
    <Card title={t('owner.title')}>
      {clientId === null ? (
        <p className="text-ink-muted">{t('owner.none')}</p>
      ) : owner.isPending ? (
        <div role="status" aria-label={t('owner.loading')} className="flex flex-col gap-2">
          <Skeleton className="h-5 w-40" />
          <Skeleton className="h-5 w-32" />
        </div>
      ) : owner.isError ? (
        <p className="text-ink-muted">{t('owner.failed')}</p>
      ) : (
        <div className="flex flex-col gap-2">
          <Link
            to="/clients/$clientId"
            params={{ clientId: owner.data.id }}
            className="text-lg font-semibold text-ink underline-offset-4 hover:underline"
          >
            {owner.data.firstName} {owner.data.lastName}
          </Link>
          {owner.data.phone ? (
            <a href={`tel:${owner.data.phone}`} className="inline-flex items-center gap-2 py-1 hover:underline">
              <Phone aria-hidden="true" className="size-4 text-ink-muted" />
              {owner.data.phone}
            </a>
          ) : null}
          {owner.data.email ? (
            <a href={`mailto:${owner.data.email}`} className="py-1 break-all hover:underline">
              {owner.data.email}
            </a>
          ) : null}
        </div>
      )}
    </Card>
  );
}
