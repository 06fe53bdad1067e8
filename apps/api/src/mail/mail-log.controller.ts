import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFixedOrder, Page } from '@pitlane/core';
import { Auth } from '@pitlane/identity';
import { MailLogEntry, MailLogPageResponse, MailLogService } from '@pitlane/mail';
import { ApiProblems } from '../http/problem-details.dto';
import { MailLogQuery } from './mail-log.query';

@ApiTags('mail')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('mail-log')
export class MailLogController {
  constructor(private readonly mailLog: MailLogService) {}

  @Auth('owner', 'manager')
  @ApiFixedOrder('newest first')
  @ApiOkResponse({
    type: MailLogPageResponse,
    description: "The workshop's outgoing mail, newest first, with status and last error",
  })
  @Get()
  list(@Query() query: MailLogQuery): Promise<Page<MailLogEntry>> {
    return this.mailLog.list(query, { status: query.status, orderId: query.orderId });
  }
}
