import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@pitlane/core';
import { MAIL_STATUSES, MailStatus } from '@pitlane/mail';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

export class MailLogQuery extends PageQuery {
  @ApiPropertyOptional({ enum: MAIL_STATUSES, enumName: 'MailStatus' })
  @IsOptional()
  @IsIn(MAIL_STATUSES)
  status?: MailStatus;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "Only mail about this repair order: its estimate versions and its car-ready notice. An id that is not one of the workshop's orders lists nothing.",
  })
  @IsOptional()
  @IsUUID()
  orderId?: string;
}
