import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@pitlane/core';
import { MAIL_STATUSES, MailStatus } from '@pitlane/mail';
import { IsIn, IsOptional } from 'class-validator';

export class MailLogQuery extends PageQuery {
  @ApiPropertyOptional({ enum: MAIL_STATUSES, enumName: 'MailStatus' })
  @IsOptional()
  @IsIn(MAIL_STATUSES)
  status?: MailStatus;
}
