import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditEventPageResponse, AuditEventView, AuditTrail, Page } from '@pitlane/core';
import { Auth } from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';
import { AuditEventsQuery } from './audit-events.query';

@ApiTags('audit')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly audit: AuditTrail) {}

  @Auth('owner', 'manager')
  @ApiOkResponse({
    type: AuditEventPageResponse,
    description: 'Who changed which fields of what, newest first; never the values',
  })
  @Get()
  list(@Query() query: AuditEventsQuery): Promise<Page<AuditEventView>> {
    return this.audit.list(query.entityId, query);
  }
}
