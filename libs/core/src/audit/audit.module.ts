import { Global, Module } from '@nestjs/common';
import { AuditTrail } from './audit-trail';

/** The shared audit trail every bounded context writes to. Needs DatabaseModule. */
@Global()
@Module({ providers: [AuditTrail], exports: [AuditTrail] })
export class AuditModule {}
