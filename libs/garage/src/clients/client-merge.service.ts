import { Injectable } from '@nestjs/common';
import { AuditTrail, isPostgresError, PG_FOREIGN_KEY_VIOLATION, TenantDatabase } from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { GarageError, GarageErrorCode } from '../errors/garage.error';
import { VehicleRepository } from '../vehicles/vehicle.repository';
import { Client } from './client.entity';
import { ClientDuplicateResponse, DuplicateMatch } from './client-duplicate.response';
import { ClientMergeParticipants } from './client-merge-participants';
import { ClientPresenter } from './client.presenter';
import { ClientRepository } from './client.repository';
import { ClientResponse } from './client.response';
import { ClientsService } from './clients.service';

/** How strongly each match suggests the same person: an e-mail more than a phone more than a name. */
const WEIGHT: Readonly<Record<DuplicateMatch, number>> = { email: 4, phone: 2, name: 1 };
const DUPLICATES_SHOWN = 20;

/**
 * Finding and merging clients who are the same person: a public booking always creates a new
 * client (it may not touch an existing record), so staff see the likely match and merge.
 */
@Injectable()
export class ClientMergeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clients: ClientsService,
    private readonly repository: ClientRepository,
    private readonly vehicles: VehicleRepository,
    private readonly participants: ClientMergeParticipants,
    private readonly presenter: ClientPresenter,
    private readonly audit: AuditTrail,
  ) {}

  /** Other clients of the workshop with the same e-mail, phone or name; most likely first. */
  duplicates(actor: Principal, id: string): Promise<ClientDuplicateResponse[]> {
    return this.db.transaction(async () => {
      const client = await this.clients.require(id);
      const probe = {
        excludeId: client.id,
        email: normalizedEmail(client.email),
        phone: client.phone,
        firstName: normalizedText(client.firstName),
        lastName: normalizedText(client.lastName),
      };
      const ranked = (await this.repository.duplicatesOf(probe))
        .map((candidate) => ({ candidate, matchedOn: matchesOf(probe, candidate) }))
        .filter(({ matchedOn }) => matchedOn.length > 0)
        .sort((a, b) => score(b.matchedOn) - score(a.matchedOn))
        .slice(0, DUPLICATES_SHOWN);
      return Promise.all(
        ranked.map(async ({ candidate, matchedOn }) => ({
          ...(await this.presenter.present(candidate, actor.role)),
          matchedOn,
        })),
      );
    });
  }

  /**
   * Merges client `fromId` into `intoId` in one transaction: the vehicles move, every registered
   * participant re-points its rows, both clients get an audit event, and `fromId` is deleted. The
   * client that stays keeps its own contact details. 404 when either is not this workshop's.
   */
  async merge(actor: Principal, fromId: string, intoId: string): Promise<ClientResponse> {
    if (fromId === intoId) {
      throw new GarageError(GarageErrorCode.InvalidRequest, 'A client cannot be merged into itself.', [
        { field: 'intoClientId', message: 'must be another client' },
      ]);
    }
    try {
      return await this.db.transaction(async () => {
        // Locked in id order, so two merges of the same pair cannot deadlock.
        const [first, second] = [fromId, intoId].sort();
        const locked = new Map<string, Client>();
        for (const id of [first!, second!]) locked.set(id, await this.clients.require(id, true));
        for (const vehicleId of await this.vehicles.reassignClient(fromId, intoId)) {
          await this.audit.record({
            action: 'vehicle.updated',
            entityType: 'vehicle',
            entityId: vehicleId,
            changedFields: ['clientId'],
          });
        }
        for (const participant of this.participants.all()) {
          await participant.reassignClient({ fromClientId: fromId, intoClientId: intoId });
        }
        await this.assertUnreferenced(fromId);
        await this.audit.record({ action: 'client.merged_away', entityType: 'client', entityId: fromId });
        await this.audit.record({ action: 'client.merged', entityType: 'client', entityId: intoId });
        await this.repository.delete(fromId);
        return this.presenter.present(locked.get(intoId)!, actor.role);
      });
    } catch (error) {
      if (isPostgresError(error, PG_FOREIGN_KEY_VIOLATION)) throw mergeBlocked();
      throw error;
    }
  }

  /** Nothing may still point at the merged client: a foreign key would cascade or null it away. */
  private async assertUnreferenced(clientId: string): Promise<void> {
    for (const reference of await this.repository.referencesFromOtherTables()) {
      if (await this.repository.isReferencedBy(reference, clientId)) throw mergeBlocked();
    }
  }
}

function mergeBlocked(): GarageError {
  return new GarageError(
    GarageErrorCode.MergeBlocked,
    'The client still has records this workshop cannot move to the other client yet; nothing was merged.',
  );
}

function matchesOf(
  probe: { email: string | null; phone: string | null; firstName: string; lastName: string },
  candidate: Client,
): DuplicateMatch[] {
  const matches: DuplicateMatch[] = [];
  if (probe.email !== null && normalizedEmail(candidate.email) === probe.email) matches.push('email');
  if (probe.phone !== null && candidate.phone === probe.phone) matches.push('phone');
  if (
    normalizedText(candidate.firstName) === probe.firstName &&
    normalizedText(candidate.lastName) === probe.lastName
  ) {
    matches.push('name');
  }
  return matches;
}

function score(matches: readonly DuplicateMatch[]): number {
  return matches.reduce((sum, match) => sum + WEIGHT[match], 0);
}

function normalizedEmail(email: string | null): string | null {
  return email === null ? null : normalizedText(email);
}

function normalizedText(text: string): string {
  return text.trim().toLowerCase();
}
