import { Link, useParams } from '@tanstack/react-router';
import { Mail, Phone, Plus, ShieldAlert } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { BackLink } from '@/ui/back-link';
import { Badge } from '@/ui/badge';
import { Button, buttonClasses } from '@/ui/button';
import { Card } from '@/ui/card';
import { DetailItem } from '@/ui/detail-item';
import { PageHeader } from '@/ui/page-header';
import { RecordActions } from '@/ui/record-actions';
import { RecordLoader } from '@/ui/record-loader';
import { isNotFound, useClient, useClientVehicles, type Client } from '../api/client-queries';
import { ClientVehicles } from './client-vehicles';
import { DeleteClientDialog } from './delete-client-dialog';
import { ClientFormDialog } from './client-form-dialog';
import { EraseClientDialog } from './erase-client-dialog';
import { ExportClientButton } from './export-client-button';
import { NationalId } from './national-id';

/** Cards of other features that the route places on the page: features do not import each other. */
export interface ClientPageSlots {
  readonly appointments: ReactNode;
  readonly orders: ReactNode;
  readonly invoices: ReactNode;
}

/**
 * `/clients/$clientId`: a client's contacts, consent, vehicles, bookings, repair orders and
 * invoices (the route's slots) and their GDPR rights.
 */
export function ClientPage({ notFound, ...slots }: { readonly notFound: ReactNode } & ClientPageSlots) {
  const { t } = useTranslation('clients');
  const { clientId } = useParams({ from: '/_staff/clients/$clientId' });
  return (
    <RecordLoader
      query={useClient(clientId)}
      isNotFound={isNotFound}
      notFound={notFound}
      labels={{ loading: t('page.loading'), failed: t('page.failed'), retry: t('retry') }}
    >
      {(client) => <ClientDetails client={client} {...slots} />}
    </RecordLoader>
  );
}

type Dialog = 'edit' | 'delete' | 'erase';

function ClientDetails({ client, appointments, orders, invoices }: { readonly client: Client } & ClientPageSlots) {
  const { t } = useTranslation('clients');
  const format = useWorkshopFormat();
  const me = useMe();
  const vehicles = useClientVehicles(client.id);
  const [dialog, setDialog] = useState<Dialog>();
  const manager = roleAtLeast(me.role, 'manager');
  const name = `${client.firstName} ${client.lastName}`;
  const openDialog = (which: Dialog) => () => setDialog(which);
  const dialogProps = (which: Dialog) => ({
    open: dialog === which,
    onOpenChange: (open: boolean) => setDialog(open ? which : undefined),
  });

  return (
    <>
      <BackLink>
        <Link to="/clients">{t('page.back')}</Link>
      </BackLink>
      <PageHeader
        title={name}
        description={t('page.since', { date: format.date(client.createdAt) })}
        actions={
          <RecordActions
            editLabel={t('page.edit')}
            onEdit={openDialog('edit')}
            deleteLabel={t('page.delete')}
            onDelete={manager ? openDialog('delete') : undefined}
          />
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          <Card title={t('page.contacts')}>
            <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
              <DetailItem term={t('fields.phone')}>
                {client.phone ? (
                  <a href={`tel:${client.phone}`} className="inline-flex items-center gap-2 py-1 hover:underline">
                    <Phone aria-hidden="true" className="size-4 text-ink-muted" />
                    {client.phone}
                  </a>
                ) : (
                  <Missing />
                )}
              </DetailItem>
              <DetailItem term={t('fields.email')}>
                {client.email ? (
                  <a
                    href={`mailto:${client.email}`}
                    className="inline-flex items-center gap-2 py-1 break-all hover:underline"
                  >
                    <Mail aria-hidden="true" className="size-4 shrink-0 text-ink-muted" />
                    {client.email}
                  </a>
                ) : (
                  <Missing />
                )}
              </DetailItem>
              <DetailItem term={t('fields.consent')}>
                {client.gdprConsentAt ? (
                  <Badge tone="success">{t('page.consentGiven', { date: format.date(client.gdprConsentAt) })}</Badge>
                ) : (
                  <Badge>{t('page.consentMissing')}</Badge>
                )}
              </DetailItem>
              <DetailItem term={t('fields.nationalId')}>
                <NationalId client={client} />
              </DetailItem>
              <DetailItem term={t('fields.notes')} wide>
                {client.notes ? <p className="whitespace-pre-line">{client.notes}</p> : <Missing />}
              </DetailItem>
            </dl>
          </Card>
          <Card title={t('page.vehicles')}>
            <ClientVehicles vehicles={vehicles} />
            <Link
              to="/vehicles/new"
              search={{ clientId: client.id }}
              className={buttonClasses('secondary', 'md', 'mt-3 w-full sm:w-auto')}
            >
              <Plus aria-hidden="true" className="size-4" />
              {t('page.addVehicle')}
            </Link>
          </Card>
          {orders}
        </div>
        <div className="flex flex-col gap-4">
          {appointments}
          {invoices}
          {manager ? (
            <Card title={t('privacy.title')}>
              <div className="flex flex-col gap-3">
                <p className="text-sm text-ink-muted">{t('privacy.body')}</p>
                <ExportClientButton client={client} />
                <Button variant="secondary" onClick={openDialog('erase')}>
                  <ShieldAlert aria-hidden="true" className="size-4" />
                  {t('privacy.erase')}
                </Button>
              </div>
            </Card>
          ) : null}
        </div>
      </div>
      <ClientFormDialog client={client} {...dialogProps('edit')} />
      {manager ? (
        <>
          <DeleteClientDialog
            client={client}
            vehicleCount={vehicles.data?.total ?? 0}
            onEraseInstead={openDialog('erase')}
            {...dialogProps('delete')}
          />
          <EraseClientDialog client={client} {...dialogProps('erase')} />
        </>
      ) : null}
    </>
  );
}

function Missing() {
  const { t } = useTranslation('clients');
  return <span className="font-normal text-ink-muted">{t('page.none')}</span>;
}
