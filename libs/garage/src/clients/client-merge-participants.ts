import { Injectable } from '@nestjs/common';

/** One client merged into another, inside the merge's tenant transaction. */
export interface ClientMerge {
  /** The client that goes away. */
  readonly fromClientId: string;
  /** The client that stays and takes over everything of `fromClientId`. */
  readonly intoClientId: string;
}

/**
 * A context whose rows point at clients (appointments, repair orders, invoices): when staff
 * merge two clients of a workshop, it re-points its rows from the merged client to the one that
 * stays. Called inside the merge's tenant transaction (take the manager and tenant from the
 * ambient context, e.g. through a `TenantRepository`), before the merged client is deleted: a
 * throw rolls the whole merge back.
 *
 * After every participant ran, the merge refuses (409 merge_blocked) while any table still
 * references the merged client by foreign key, rather than let the key cascade or null it away:
 * a context with client references and no participant blocks merges of its clients.
 *
 * Register at module init: `constructor(participants: ClientMergeParticipants) {}` and
 * `onModuleInit() { this.participants.register(this) }`.
 */
export interface ClientMergeParticipant {
  reassignClient(merge: ClientMerge): Promise<void>;
}

/** The registry other contexts register their `ClientMergeParticipant` into (a singleton of GarageModule). */
@Injectable()
export class ClientMergeParticipants {
  private readonly participants: ClientMergeParticipant[] = [];

  register(participant: ClientMergeParticipant): void {
    if (!this.participants.includes(participant)) this.participants.push(participant);
  }

  all(): readonly ClientMergeParticipant[] {
    return [...this.participants];
  }
}
