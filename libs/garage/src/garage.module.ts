import { Module } from '@nestjs/common';
import { IdentityModule } from '@pitlane/identity';
import { ClientMergeParticipants } from './clients/client-merge-participants';
import { ClientMergeService } from './clients/client-merge.service';
import { ClientPresenter } from './clients/client.presenter';
import { ClientRepository } from './clients/client.repository';
import { ClientsService } from './clients/clients.service';
import { GarageContacts } from './contacts/garage-contacts';
import { GarageLabels } from './contacts/garage-labels';
import { IdentifierVault } from './identifiers/identifier-vault';
import { MileageReadingRepository } from './mileage/mileage-reading.repository';
import { VehicleMileageService } from './mileage/vehicle-mileage.service';
import { ClientPrivacyService } from './privacy/client-privacy.service';
import { GarageSearchRepository } from './search/garage-search.repository';
import { GarageSearchSource } from './search/garage-search-source';
import { VehiclePresenter } from './vehicles/vehicle.presenter';
import { VehicleRepository } from './vehicles/vehicle.repository';
import { VehiclesService } from './vehicles/vehicles.service';
import { VehicleVisits } from './vehicles/vehicle-visits';

/**
 * Clients and vehicles. Needs the core Config, Database and Audit modules. The repositories
 * stay inside: other contexts use the exported services, and register a
 * `ClientMergeParticipant` into `ClientMergeParticipants` when their rows point at clients.
 */
@Module({
  imports: [IdentityModule],
  providers: [
    ClientMergeParticipants,
    ClientMergeService,
    ClientPresenter,
    ClientPrivacyService,
    ClientRepository,
    ClientsService,
    GarageContacts,
    GarageLabels,
    GarageSearchRepository,
    GarageSearchSource,
    IdentifierVault,
    MileageReadingRepository,
    VehicleMileageService,
    VehiclePresenter,
    VehicleRepository,
    VehiclesService,
    VehicleVisits,
  ],
  exports: [
    ClientMergeParticipants,
    ClientMergeService,
    ClientPrivacyService,
    ClientsService,
    GarageContacts,
    GarageLabels,
    GarageSearchSource,
    IdentifierVault,
    VehicleMileageService,
    VehiclesService,
  ],
})
export class GarageModule {}
