import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@pitlane/core';
import { OPERATOR_AUDIT_ACTIONS, OPERATOR_LOGIN_FAILURES, OperatorAuditAction } from '../operator-audit-action';
import type { OperatorAuditRow } from '../operator-audit.repository';

/** Extra facts of an entry; only a refused sign-in has any so far. */
export class OperatorAuditDetailsResponse {
  @ApiProperty({
    required: false,
    enum: OPERATOR_LOGIN_FAILURES,
    enumName: 'OperatorLoginFailure',
    description: 'Which check a refused sign-in failed',
  })
  failure?: string;
}

/** One entry of the operator audit log. */
export class OperatorAuditEntryResponse {
  @ApiProperty({ description: 'Ascending with time of writing; opaque' }) id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ enum: OPERATOR_AUDIT_ACTIONS, enumName: 'OperatorAuditAction' }) action!: OperatorAuditAction;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null for a refused sign-in with an unknown e-mail address',
  })
  operatorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) operatorEmail!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The workshop acted on, if any' })
  targetTenantId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why, as the operator wrote it' })
  reason!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The address the request came from' })
  clientIp!: string | null;
  @ApiProperty({ type: OperatorAuditDetailsResponse }) details!: OperatorAuditDetailsResponse;

  static of(row: OperatorAuditRow): OperatorAuditEntryResponse {
    return {
      id: row.id,
      occurredAt: row.occurredAt.toISOString(),
      action: row.action,
      operatorId: row.operatorId,
      operatorEmail: row.operatorEmail,
      targetTenantId: row.targetTenantId,
      reason: row.reason,
      clientIp: row.clientIp,
      details: row.details,
    };
  }
}

/** OpenAPI shape of a page of the operator audit log. */
export class OperatorAuditPageResponse extends PageResponse {
  @ApiProperty({ type: [OperatorAuditEntryResponse] }) items!: OperatorAuditEntryResponse[];
}
