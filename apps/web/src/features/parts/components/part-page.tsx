import { Link, useParams } from '@tanstack/react-router';
import { Minus, PackagePlus } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { BackLink } from '@/ui/back-link';
import { Badge } from '@/ui/badge';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { DetailItem } from '@/ui/detail-item';
import { PageHeader } from '@/ui/page-header';
import { RecordActions } from '@/ui/record-actions';
import { RecordLoader } from '@/ui/record-loader';
import { isLow, isNotFound, usePart, type Part } from '../api/part-queries';
import { useMoney } from '../hooks/use-money';
import { DeletePartDialog } from './delete-part-dialog';
import { MovementLedger } from './movement-ledger';
import { PartFormDialog } from './part-form-dialog';
import { StockMovementDialog, type ManualMovement } from './stock-movement-dialog';

/** `/parts/$partId`: one part, its stock and the ledger behind it. */
export function PartPage({ notFound }: { readonly notFound: ReactNode }) {
  const { t } = useTranslation('parts');
  const { partId } = useParams({ from: '/_staff/parts/$partId' });
  return (
    <RecordLoader
      query={usePart(partId)}
      isNotFound={isNotFound}
      notFound={notFound}
      labels={{ loading: t('page.loading'), failed: t('page.failed'), retry: t('retry') }}
    >
      {(part) => <PartDetails part={part} />}
    </RecordLoader>
  );
}

function PartDetails({ part }: { readonly part: Part }) {
  const { t } = useTranslation('parts');
  const format = useWorkshopFormat();
  const money = useMoney();
  const me = useMe();
  // Mechanics look; owners and managers change the catalogue and move stock (as the API allows).
  const canChange = roleAtLeast(me.role, 'manager');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [moving, setMoving] = useState<ManualMovement | null>(null);
  const dash = <span className="text-ink-muted">—</span>;
  const vatRate = format.number(part.vatRateBp / 100);

  const stockActions = canChange ? (
    <div className="flex flex-wrap gap-2">
      <Button onClick={() => setMoving('receive')}>
        <PackagePlus aria-hidden="true" className="size-4" />
        {t('page.receive')}
      </Button>
      <Button variant="secondary" onClick={() => setMoving('adjust')}>
        <Minus aria-hidden="true" className="size-4" />
        {t('page.adjust')}
      </Button>
    </div>
  ) : undefined;

  return (
    <>
      <BackLink>
        <Link to="/parts">{t('page.back')}</Link>
      </BackLink>
      <PageHeader
        title={part.name}
        description={[part.partNumber, part.brand].filter(Boolean).join(' · ')}
        actions={
          canChange ? (
            <RecordActions
              editLabel={t('page.edit')}
              onEdit={() => setEditing(true)}
              deleteLabel={t('page.delete')}
              onDelete={() => setDeleting(true)}
            />
          ) : null
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t('page.stock')} className="lg:order-2">
          <p className="text-3xl font-semibold tabular-nums">
            {t('units', { count: part.onHand, value: format.number(part.onHand) })}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            {!part.active ? (
              <Badge>{t('inactive')}</Badge>
            ) : isLow(part) ? (
              <Badge tone="warning">{t('low')}</Badge>
            ) : null}
          </div>
          <p className="mt-2 text-sm text-ink-muted">
            {t('page.reorderAt', { count: part.reorderPoint, value: format.number(part.reorderPoint) })}
          </p>
          {stockActions ? <div className="mt-4">{stockActions}</div> : null}
        </Card>
        <Card title={t('page.details')} className="lg:order-1 lg:col-span-2">
          <dl className="grid grid-cols-2 gap-x-6 gap-y-3">
            <DetailItem term={t('fields.partNumber')}>{part.partNumber}</DetailItem>
            <DetailItem term={t('fields.brand')}>{part.brand ?? dash}</DetailItem>
            <DetailItem term={t('page.price')}>{money.format(part.priceMinor)}</DetailItem>
            <DetailItem term={t('page.cost')}>{money.format(part.costMinor)}</DetailItem>
            <DetailItem term={t('fields.vatRate')}>{`${vatRate} %`}</DetailItem>
            <DetailItem term={t('fields.location')}>{part.location ?? dash}</DetailItem>
            <DetailItem term={t('page.status')}>{part.active ? t('active') : t('inactive')}</DetailItem>
            <DetailItem term={t('page.updated')}>{format.date(part.updatedAt)}</DetailItem>
          </dl>
        </Card>
      </div>
      <div className="mt-4">
        <MovementLedger part={part} actions={stockActions} />
      </div>
      {canChange ? (
        <>
          <PartFormDialog part={part} open={editing} onOpenChange={setEditing} />
          <DeletePartDialog part={part} open={deleting} onOpenChange={setDeleting} />
          <StockMovementDialog part={part} kind={moving} onClose={() => setMoving(null)} />
        </>
      ) : null}
    </>
  );
}
