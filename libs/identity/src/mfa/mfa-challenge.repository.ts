import { Injectable } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { AccountRepository } from '../system/account-repository';
import { MfaChallenge } from './mfa-challenge.entity';

/** Sign-ins waiting for their second factor (`mfa_challenges`, global): by challenge id and person. */
@Injectable()
export class MfaChallengeRepository extends AccountRepository {
  async insert(challenge: Pick<MfaChallenge, 'id' | 'userId' | 'expiresAt'>): Promise<void> {
    await this.repository(MfaChallenge).insert({ ...challenge, usedAt: null, failedAttempts: 0 });
  }

  /** Forgets challenges that ended before `before`. */
  async sweep(before: Date): Promise<void> {
    await this.repository(MfaChallenge).delete({ expiresAt: LessThan(before) });
  }

  findLocked(id: string, userId: string): Promise<MfaChallenge | null> {
    return this.repository(MfaChallenge).findOne({ where: { id, userId }, lock: { mode: 'pessimistic_write' } });
  }

  async spend(id: string): Promise<void> {
    await this.repository(MfaChallenge).update({ id }, { usedAt: new Date() });
  }

  async recordFailure(id: string): Promise<void> {
    await this.repository(MfaChallenge).increment({ id }, 'failedAttempts', 1);
  }
}
