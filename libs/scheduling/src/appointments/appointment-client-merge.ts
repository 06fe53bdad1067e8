import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditTrail } from '@pitlane/core';
import { ClientMerge, ClientMergeParticipant, ClientMergeParticipants } from '@pitlane/garage';
import { AppointmentRepository } from './appointment.repository';

/**
 * When staff merge two clients (typically the new client an online booking made with the
 * regular customer it turned out to be), the merged client's appointments move to the client
 * that stays. Vehicles keep their ids when garage moves them, so `vehicle_id` needs nothing.
 * Runs inside the merge's tenant transaction; each moved appointment is audited.
 */
@Injectable()
export class AppointmentClientMerge implements ClientMergeParticipant, OnModuleInit {
  constructor(
    private readonly participants: ClientMergeParticipants,
    private readonly appointments: AppointmentRepository,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.participants.register(this);
  }

  async reassignClient(merge: ClientMerge): Promise<void> {
    const moved = await this.appointments.reassignClient(merge.fromClientId, merge.intoClientId);
    for (const id of moved) {
      await this.audit.record({
        action: 'appointment.client_reassigned',
        entityType: 'appointment',
        entityId: id,
        changedFields: ['clientId'],
      });
    }
  }
}
