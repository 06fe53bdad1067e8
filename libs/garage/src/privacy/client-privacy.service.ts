import { Injectable } from '@nestjs/common';
import { AuditEventView, AuditTrail, PageQuery, TenantDatabase } from '@pitlane/core';
import { Principal, WorkshopProfileService } from '@pitlane/identity';
import { ClientsService } from '../clients/clients.service';
import { ClientPresenter } from '../clients/client.presenter';
import { ClientRepository } from '../clients/client.repository';
import { ClientResponse } from '../clients/client.response';
import { ExportedMileageReadingResponse } from '../mileage/mileage-reading.response';
import { VehicleMileageService } from '../mileage/vehicle-mileage.service';
import { VehiclePresenter } from '../vehicles/vehicle.presenter';
import { VehicleRepository } from '../vehicles/vehicle.repository';
import { RevealedVehicleResponse } from '../vehicles/vehicle.response';

export interface ClientExport {
  readonly exportedAt: string;
  readonly controller: { readonly workshopId: string; readonly name: string };
  readonly client: ClientResponse;
  /** With their VINs in full: the export is the person's own data (its disclosure is audited). */
  readonly vehicles: readonly RevealedVehicleResponse[];
  /** The odometer readings of those vehicles, oldest first. */
  readonly mileageReadings: readonly ExportedMileageReadingResponse[];
  readonly auditEvents: readonly AuditEventView[];
}

/** Everything the audit trail keeps per entity, for an export: far more than any client has. */
const ALL_EVENTS: PageQuery = Object.assign(new PageQuery(), { page: 1, limit: 10_000 });

/**
 * GDPR rights of a workshop's client: access (a complete export, decrypted for the owner or
 * manager who asks) and erasure (the client goes; their cars stay as anonymous history).
 */
@Injectable()
export class ClientPrivacyService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clients: ClientsService,
    private readonly clientRepository: ClientRepository,
    private readonly vehicles: VehicleRepository,
    private readonly clientPresenter: ClientPresenter,
    private readonly vehiclePresenter: VehiclePresenter,
    private readonly audit: AuditTrail,
    private readonly workshops: WorkshopProfileService,
    private readonly mileage: VehicleMileageService,
  ) {}

  export(actor: Principal, clientId: string): Promise<ClientExport> {
    return this.db.transaction(async () => {
      const client = await this.clients.require(clientId);
      const vehicles = await this.vehicles.ofClient(clientId);
      const workshop = await this.workshops.current();
      // Recorded first, so the export lists its own disclosure of the identifiers it decrypts.
      await this.audit.record({ action: 'client.exported', entityType: 'client', entityId: clientId });
      const events = await Promise.all(
        [clientId, ...vehicles.map((vehicle) => vehicle.id)].map((entityId) => this.audit.list(entityId, ALL_EVENTS)),
      );
      return {
        exportedAt: new Date().toISOString(),
        controller: { workshopId: workshop.id, name: workshop.name },
        client: await this.clientPresenter.present(client, actor.role),
        vehicles: await this.vehiclePresenter.presentAllRevealed(vehicles),
        mileageReadings: await this.mileage.ofVehicles(vehicles.map((vehicle) => vehicle.id)),
        auditEvents: events.flatMap((page) => page.items).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)),
      };
    });
  }

  /**
   * Deletes the client and strips their vehicles of everything that points at a person (VIN,
   * plate, owner); make, model and the current mileage stay for the workshop's history. The
   * vehicles' mileage readings go: dated visits and who took them would retell the person's
   * life with the car. Audited without values.
   */
  erase(clientId: string): Promise<void> {
    return this.db.transaction(async () => {
      await this.clients.require(clientId, true);
      const vehicles = await this.vehicles.ofClient(clientId);
      await this.mileage.eraseOfVehicles(vehicles.map((vehicle) => vehicle.id));
      for (const { id } of vehicles) {
        await this.vehicles.anonymize(id);
        await this.audit.record({
          action: 'vehicle.anonymized',
          entityType: 'vehicle',
          entityId: id,
          changedFields: ['clientId', 'mileageReadings', 'plate', 'vin'],
        });
      }
      await this.clientRepository.delete(clientId);
      await this.audit.record({
        action: 'client.erased',
        entityType: 'client',
        entityId: clientId,
        changedFields: ['email', 'firstName', 'gdprConsent', 'lastName', 'nationalId', 'notes', 'phone'],
      });
    });
  }
}
