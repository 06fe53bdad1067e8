import { Link, useParams } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { BackLink } from '@/ui/back-link';
import { Card } from '@/ui/card';
import { DetailItem } from '@/ui/detail-item';
import { NoValue } from '@/ui/no-value';
import { PageHeader } from '@/ui/page-header';
import { PlateChip } from '@/ui/plate-chip';
import { RecordActions } from '@/ui/record-actions';
import { RecordLoader } from '@/ui/record-loader';
import { isNotFound, useVehicle, type Vehicle } from '../api/vehicle-queries';
import { DeleteVehicleDialog } from './delete-vehicle-dialog';
import { EditVehicleDialog } from './edit-vehicle-dialog';
import { MileageHistory } from './mileage-history';
import { OwnerCard } from './owner-card';
import { VinReveal } from './vin-reveal';

/** Cards of other features that the route places on the page: features do not import each other. */
export interface VehiclePageSlots {
  readonly appointments: ReactNode;
  readonly orders: ReactNode;
  readonly invoices: ReactNode;
}

/**
 * `/vehicles/$vehicleId`: one car, its owner, its odometer, its repair orders, bookings and
 * invoices (the route's slots); opening it makes it "recent".
 */
export function VehiclePage({ notFound, ...slots }: { readonly notFound: ReactNode } & VehiclePageSlots) {
  const { t } = useTranslation('vehicles');
  const { vehicleId } = useParams({ from: '/_staff/vehicles/$vehicleId' });
  return (
    <RecordLoader
      query={useVehicle(vehicleId)}
      isNotFound={isNotFound}
      notFound={notFound}
      labels={{ loading: t('page.loading'), failed: t('page.failed'), retry: t('retry') }}
    >
      {(vehicle) => <VehicleDetails vehicle={vehicle} {...slots} />}
    </RecordLoader>
  );
}

function VehicleDetails({ vehicle, appointments, orders, invoices }: { readonly vehicle: Vehicle } & VehiclePageSlots) {
  const { t } = useTranslation('vehicles');
  const format = useWorkshopFormat();
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const name = `${vehicle.make} ${vehicle.model}`;
  const dash = <NoValue />;

  return (
    <>
      <BackLink>
        <Link to="/vehicles">{t('page.back')}</Link>
      </BackLink>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            {vehicle.plate ? <PlateChip plate={vehicle.plate} className="text-lg" /> : null}
            <span>{name}</span>
          </span>
        }
        description={[vehicle.year, vehicle.fuelType ? t(`fuel.${vehicle.fuelType}`) : null]
          .filter(Boolean)
          .join(' · ')}
        actions={
          <RecordActions
            editLabel={t('page.edit')}
            onEdit={() => setEditing(true)}
            deleteLabel={t('page.delete')}
            onDelete={roleAtLeast(me.role, 'manager') ? () => setDeleting(true) : undefined}
          />
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          <Card title={t('page.details')}>
            <dl className="grid grid-cols-2 gap-x-6 gap-y-3">
              <DetailItem term={t('fields.plate')}>{vehicle.plate ?? dash}</DetailItem>
              <DetailItem term={t('fields.make')}>{vehicle.make}</DetailItem>
              <DetailItem term={t('fields.model')}>{vehicle.model}</DetailItem>
              <DetailItem term={t('fields.year')}>{vehicle.year ?? dash}</DetailItem>
              <DetailItem term={t('fields.engine')}>{vehicle.engine ?? dash}</DetailItem>
              <DetailItem term={t('fields.fuel')}>{vehicle.fuelType ? t(`fuel.${vehicle.fuelType}`) : dash}</DetailItem>
              <DetailItem term={t('page.mileage')}>
                {vehicle.mileageKm !== null ? t('mileageValue', { value: format.number(vehicle.mileageKm) }) : dash}
              </DetailItem>
              <DetailItem term={t('page.added')}>{format.date(vehicle.createdAt)}</DetailItem>
              <DetailItem term={t('fields.vin')} wide>
                <VinReveal key={vehicle.id} vehicle={vehicle} />
              </DetailItem>
            </dl>
          </Card>
          {orders}
          <MileageHistory vehicle={vehicle} onRecord={() => setEditing(true)} />
        </div>
        <div className="flex flex-col gap-4">
          <OwnerCard clientId={vehicle.clientId} />
          {appointments}
          {invoices}
        </div>
      </div>
      <EditVehicleDialog vehicle={vehicle} open={editing} onOpenChange={setEditing} />
      <DeleteVehicleDialog vehicle={vehicle} open={deleting} onOpenChange={setDeleting} />
    </>
  );
}
