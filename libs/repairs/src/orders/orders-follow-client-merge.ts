import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditTrail } from '@pitlane/core';
import { ClientMerge, ClientMergeParticipant, ClientMergeParticipants } from '@pitlane/garage';
import { RepairOrderRepository } from './repair-order.repository';

/**
 * When staff merge two clients, the merged client's repair orders move to the client that stays,
 * in the merge's transaction, each audited as a change of the order's client. Without it the
 * merge is refused while the merged client has orders (garage will not let a key null them).
 */
@Injectable()
export class OrdersFollowClientMerge implements ClientMergeParticipant, OnModuleInit {
  constructor(
    private readonly participants: ClientMergeParticipants,
    private readonly orders: RepairOrderRepository,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.participants.register(this);
  }

  async reassignClient({ fromClientId, intoClientId }: ClientMerge): Promise<void> {
    for (const id of await this.orders.reassignClient(fromClientId, intoClientId)) {
      await this.audit.record({
        action: 'repair_order.updated',
        entityType: 'repair_order',
        entityId: id,
        changedFields: ['clientId'],
      });
    }
  }
}
