import { ApiProperty } from '@nestjs/swagger';
import { OperatorAuditEntryResponse } from '@pitlane/identity';
import type { TenantProblems, TenantUsageDay } from '@pitlane/platform';
import { OperatorTenantResponse } from './operator-tenant.response';

/** One UTC day of a workshop's activity, as the rollup counted it. */
export class OperatorTenantUsageDayResponse {
  @ApiProperty({ format: 'date', example: '2026-12-01' }) day!: string;
  @ApiProperty({ type: 'integer' }) vehiclesCreated!: number;
  @ApiProperty({ type: 'integer' }) ordersCreated!: number;
  @ApiProperty({ type: 'integer' }) invoicesIssued!: number;
  @ApiProperty({ type: 'integer' }) mailsSent!: number;
  @ApiProperty({ type: 'integer' }) mailsFailed!: number;
  @ApiProperty({ type: 'integer' }) activeStaff!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null on a day without activity' })
  storageBytes!: number | null;

  static of(day: TenantUsageDay): OperatorTenantUsageDayResponse {
    return { ...day };
  }
}

/** Failed mails of one template in the last 14 days: no recipient, no error text. */
export class OperatorFailedMailsResponse {
  @ApiProperty() template!: string;
  @ApiProperty({ type: 'integer' }) failed!: number;
  @ApiProperty({ format: 'date-time' }) lastFailedAt!: string;
}

/** What is going wrong for a workshop now. */
export class OperatorTenantProblemsResponse {
  @ApiProperty({ type: [OperatorFailedMailsResponse] }) failedMails!: OperatorFailedMailsResponse[];
  @ApiProperty({ type: 'integer', description: 'Search outbox entries waiting' }) outboxPending!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) outboxOldestAt!: string | null;
  @ApiProperty({ type: 'integer', description: 'Mails waiting to be sent' }) mailsQueued!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) mailsOldestQueuedAt!: string | null;

  static of(problems: TenantProblems): OperatorTenantProblemsResponse {
    return {
      failedMails: problems.failedMails.map((row) => ({
        template: row.template,
        failed: row.failed,
        lastFailedAt: row.lastFailedAt.toISOString(),
      })),
      outboxPending: problems.outboxPending,
      outboxOldestAt: problems.outboxOldestAt?.toISOString() ?? null,
      mailsQueued: problems.mailsQueued,
      mailsOldestQueuedAt: problems.mailsOldestQueuedAt?.toISOString() ?? null,
    };
  }
}

/** A workshop's page: its figures, its usage per day, its problems and what operators did to it. */
export class OperatorTenantDetailResponse {
  @ApiProperty({ type: OperatorTenantResponse }) tenant!: OperatorTenantResponse;
  @ApiProperty({ type: [OperatorTenantUsageDayResponse], description: 'The last 30 UTC days, oldest first' })
  usage!: OperatorTenantUsageDayResponse[];
  @ApiProperty({ type: OperatorTenantProblemsResponse }) problems!: OperatorTenantProblemsResponse;
  @ApiProperty({
    type: [OperatorAuditEntryResponse],
    description: 'The latest 20 operator actions on it, newest first',
  })
  audit!: OperatorAuditEntryResponse[];
}
