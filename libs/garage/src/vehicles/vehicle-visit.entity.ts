import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When a staff member last opened or edited a vehicle: feeds "recent vehicles". */
@Entity('vehicle_visits')
export class VehicleVisit {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @PrimaryColumn('uuid', { name: 'vehicle_id' })
  vehicleId!: string;

  @Column('timestamptz', { name: 'visited_at' })
  visitedAt!: Date;
}
