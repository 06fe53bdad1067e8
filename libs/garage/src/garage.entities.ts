import { Client } from './clients/client.entity';
import { MileageReading } from './mileage/mileage-reading.entity';
import { VehicleVisit } from './vehicles/vehicle-visit.entity';
import { Vehicle } from './vehicles/vehicle.entity';

export const GARAGE_ENTITIES = [Client, Vehicle, VehicleVisit, MileageReading];
