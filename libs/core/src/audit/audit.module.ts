import { Global, Module } from '@nestjs/common';
import { AuditEventRepository } from './audit-event.repository';
import { AuditTrail } from './audit-trail';

/** The shared audit trail every bounded context writes to. Needs DatabaseModule. */
@Global()
@Module({ providers: [AuditEventRepository, AuditTrail], exports: [AuditTrail] })
export class AuditModule {}
