import { Injectable } from '@nestjs/common';
import { ClientsService, VehiclesService } from '@pitlane/garage';
import { Principal } from '@pitlane/identity';
import { AppointmentsService } from '@pitlane/scheduling';
import { RepairsError } from '../errors/repairs.error';
import { CreateRepairOrderDto } from './dto/create-repair-order.dto';

export interface OrderParties {
  readonly vehicleId: string;
  readonly clientId: string;
  readonly appointmentId: string | null;
}

/**
 * Who and what an order is about, checked through the owning contexts' exported services
 * (never their tables): the vehicle, the client (by default the vehicle's owner) and the
 * appointment, each of the caller's workshop or 404. Opening the vehicle counts as a visit in
 * the user's recent vehicles, as opening it in the garage does.
 */
@Injectable()
export class OrderPartiesCheck {
  constructor(
    private readonly vehicles: VehiclesService,
    private readonly clients: ClientsService,
    private readonly appointments: AppointmentsService,
  ) {}

  async resolve(actor: Principal, input: CreateRepairOrderDto): Promise<OrderParties> {
    const vehicle = await this.vehicles.get(actor, input.vehicleId);
    const clientId = input.clientId ?? vehicle.clientId;
    if (clientId === null) throw RepairsError.invalid('clientId', 'is required: the vehicle has no owner on file');
    const client = await this.clients.require(clientId);
    if (input.appointmentId !== undefined) await this.appointments.require(input.appointmentId);
    return { vehicleId: vehicle.id, clientId: client.id, appointmentId: input.appointmentId ?? null };
  }
}
