import { Injectable } from '@nestjs/common';
import { TenantContext } from '@pitlane/core';
import { IdentitySystemRepository } from '../system/identity-system.repository';
import { RevokeReason } from './session.entity';
import { SessionsService } from './sessions.service';

/**
 * Ends a person's sessions in every workshop they belong to. Sessions are tenant rows, so each
 * workshop is entered in its own context; the caller must not be bound to a workshop already.
 */
@Injectable()
export class SessionRevocation {
  constructor(
    private readonly system: IdentitySystemRepository,
    private readonly tenantContext: TenantContext,
    private readonly sessions: SessionsService,
  ) {}

  async revokeEverywhere(userId: string, reason: RevokeReason): Promise<void> {
    for (const workshop of await this.system.workshopsOf(userId)) {
      await this.tenantContext.run(workshop.tenantId, () => this.sessions.revokeAllOf(userId, reason));
    }
  }
}
