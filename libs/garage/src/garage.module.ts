import { Module } from '@nestjs/common';
import { IdentityModule } from '@pitlane/identity';
import { ClientPresenter } from './clients/client.presenter';
import { ClientsService } from './clients/clients.service';
import { GarageContacts } from './contacts/garage-contacts';
import { IdentifierVault } from './identifiers/identifier-vault';
import { ClientPrivacyService } from './privacy/client-privacy.service';
import { GarageSearchSource } from './search/garage-search-source';
import { VehicleVisits } from './vehicles/vehicle-visits';
import { VehiclePresenter } from './vehicles/vehicle.presenter';
import { VehiclesService } from './vehicles/vehicles.service';

/** Clients and vehicles. Needs the core Config, Database and Audit modules. */
@Module({
  imports: [IdentityModule],
  providers: [
    ClientPresenter,
    ClientPrivacyService,
    ClientsService,
    GarageContacts,
    GarageSearchSource,
    IdentifierVault,
    VehiclePresenter,
    VehiclesService,
    VehicleVisits,
  ],
  exports: [ClientPrivacyService, ClientsService, GarageContacts, GarageSearchSource, IdentifierVault, VehiclesService],
})
export class GarageModule {}
