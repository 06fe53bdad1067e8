import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import { IsNull } from 'typeorm';
import { Invitation } from './invitation.entity';

/**
 * `invitations` of the workshop of the open tenant transaction. Every statement is bound to
 * `this.tenantId`, tenant first; an invitation link's hash is looked up only under the
 * workshop the link's own bytes name.
 */
@Injectable()
export class InvitationRepository extends TenantRepository {
  /** Pending first, then newest first. */
  page(limit: number, offset: number): Promise<Invitation[]> {
    return this.repository(Invitation)
      .createQueryBuilder('invitation')
      .addSelect(
        `case when invitation.accepted_at is null and invitation.revoked_at is null
               and invitation.expires_at > now() then 0 else 1 end`,
        'pending_rank',
      )
      .where('invitation.tenantId = :tenantId', { tenantId: this.tenantId })
      .orderBy('pending_rank', 'ASC')
      .addOrderBy('invitation.created_at', 'DESC')
      .addOrderBy('invitation.id', 'ASC')
      .limit(limit)
      .offset(offset)
      .getMany();
  }

  count(): Promise<number> {
    return this.repository(Invitation).countBy({ tenantId: this.tenantId });
  }

  findLocked(id: string): Promise<Invitation | null> {
    return this.repository(Invitation).findOne({
      where: { tenantId: this.tenantId, id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /**
   * Serialises invitations to one address of this workshop until the transaction ends: with no
   * open invitation there is no row to lock, and two racing requests would both insert.
   */
  async lockAddress(email: string): Promise<void> {
    await this.manager.query(`select pg_advisory_xact_lock(hashtext('invitation'), hashtext($1 || ':' || $2))`, [
      this.tenantId,
      email,
    ]);
  }

  /** The address's invitation that is neither accepted nor revoked, locked. */
  findOpenLocked(email: string): Promise<Invitation | null> {
    return this.repository(Invitation).findOne({
      where: { tenantId: this.tenantId, email, acceptedAt: IsNull(), revokedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
  }

  findByTokenHash(tokenHash: Buffer, lock: boolean): Promise<Invitation | null> {
    const query = this.repository(Invitation)
      .createQueryBuilder('invitation')
      .where('invitation.tenantId = :tenantId and invitation.tokenHash = :tokenHash', {
        tenantId: this.tenantId,
        tokenHash,
      });
    return (lock ? query.setLock('pessimistic_write') : query).getOne();
  }

  async insert(invitation: Omit<Invitation, 'tenantId' | 'updatedAt'>): Promise<void> {
    await this.repository(Invitation).insert({ ...invitation, tenantId: this.tenantId });
  }

  async replaceToken(id: string, tokenHash: Buffer, expiresAt: Date): Promise<void> {
    await this.repository(Invitation).update({ tenantId: this.tenantId, id }, { tokenHash, expiresAt });
  }

  async revoke(id: string): Promise<void> {
    await this.repository(Invitation).update({ tenantId: this.tenantId, id }, { revokedAt: new Date() });
  }

  async accept(id: string, userId: string): Promise<void> {
    await this.repository(Invitation).update(
      { tenantId: this.tenantId, id },
      { acceptedAt: new Date(), acceptedUserId: userId },
    );
  }
}
