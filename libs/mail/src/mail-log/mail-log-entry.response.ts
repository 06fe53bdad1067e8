import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@pitlane/core';
import type { MailStatus } from '../ledger/mail-message.entity';
import { MAIL_LOCALES, MAIL_TEMPLATE_NAMES } from '../templates/mail-template';
import type { MailLogEntry } from './mail-log.service';

export const MAIL_STATUSES = ['queued', 'sent', 'failed'] as const satisfies readonly MailStatus[];

/** OpenAPI shape of `MailLogEntry`. */
export class MailLogEntryResponse implements MailLogEntry {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: MAIL_TEMPLATE_NAMES, enumName: 'MailTemplate' }) template!: string;
  @ApiProperty({ enum: MAIL_LOCALES, enumName: 'Locale' }) locale!: string;
  @ApiProperty({ format: 'email' }) to!: string;
  @ApiProperty({ enum: MAIL_STATUSES, enumName: 'MailStatus' }) status!: MailStatus;
  @ApiProperty({ type: 'integer', description: 'Delivery attempts so far' }) attempts!: number;
  @ApiProperty({ nullable: true, type: String, description: "The last attempt's failure, if it failed" })
  lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) sentAt!: string | null;
}

/** OpenAPI shape of `Page<MailLogEntry>`. */
export class MailLogPageResponse extends PageResponse {
  @ApiProperty({ type: [MailLogEntryResponse] }) items!: MailLogEntryResponse[];
}
