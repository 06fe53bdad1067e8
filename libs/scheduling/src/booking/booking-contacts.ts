import { Injectable } from '@nestjs/common';
import { ClientsService, GarageContacts, IdentifierVault, normalizePhone, normalizePlate } from '@pitlane/garage';
import { Principal } from '@pitlane/identity';
import { SchedulingError } from '../errors/scheduling.error';
import { BookingCustomerDto, BookingVehicleDto } from './dto/create-booking.dto';

export interface BookingContact {
  readonly clientId: string;
  readonly vehicleId: string;
}

/**
 * The client and vehicle of a public booking, in the booking's transaction: always a new client
 * with the contact the customer typed and a new vehicle with what they typed. Whoever books is
 * anonymous: matching them to an existing client by phone or e-mail (or to a car by plate or
 * VIN) would attach a stranger's booking to someone else's record, mail that person, and give
 * the stranger the manage link. Staff see the likely match (`GET /clients/:id/duplicates`) and
 * merge. All of it through the garage context's exported services (phone in E.164, VIN
 * validated and sealed by garage); scheduling never touches the clients or vehicles tables.
 */
@Injectable()
export class BookingContacts {
  constructor(
    private readonly clients: ClientsService,
    private readonly contacts: GarageContacts,
    private readonly vault: IdentifierVault,
  ) {}

  async create(
    workshop: { readonly tenantId: string; readonly country: string },
    customer: BookingCustomerDto,
    vehicle: BookingVehicleDto,
  ): Promise<BookingContact> {
    const phone = normalizePhone(customer.phone, workshop.country, 'customer.phone');
    if (!normalizePlate(vehicle.plate))
      throw SchedulingError.invalid('vehicle.plate', 'must contain letters or digits');
    const vin = vehicle.vin ? this.vault.parseVin(vehicle.vin, 'vehicle.vin') : null;
    const clientId = await this.createClient(workshop, customer, phone);
    const vehicleId = await this.contacts.createVehicle({
      clientId,
      plate: vehicle.plate,
      vin,
      make: vehicle.make,
      model: vehicle.model,
    });
    return { clientId, vehicleId };
  }

  private async createClient(
    workshop: { readonly tenantId: string },
    customer: BookingCustomerDto,
    phone: string,
  ): Promise<string> {
    // The customer acts for themselves: no staff member, no session. The garage context needs
    // only the workshop from it.
    const actor: Principal = { userId: '', sessionId: '', tenantId: workshop.tenantId, role: 'mechanic' };
    const client = await this.clients.insert(
      actor,
      {
        firstName: customer.firstName,
        lastName: customer.lastName,
        email: customer.email,
        phone,
        gdprConsent: true,
      },
      'customer.',
    );
    return client.id;
  }
}
