import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFixedOrder, Page } from '@pitlane/core';
import {
  OperatorAudit,
  OperatorAuditEntryResponse,
  OperatorAuditPageResponse,
  OperatorAuditQuery,
  OperatorOnly,
} from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('operator')
@ApiBearerAuth()
@Controller('ops/audit')
export class OperatorAuditController {
  constructor(private readonly audit: OperatorAudit) {}

  @OperatorOnly()
  @ApiFixedOrder('newest first')
  @ApiOkResponse({
    type: OperatorAuditPageResponse,
    description: 'Every operator action (sign-ins, refused sign-ins, account and workshop changes), newest first',
  })
  @ApiProblems(400, 401)
  @Get()
  async list(@Query() query: OperatorAuditQuery): Promise<Page<OperatorAuditEntryResponse>> {
    const page = await this.audit.list(query, query.tenantId);
    return { ...page, items: page.items.map((row) => OperatorAuditEntryResponse.of(row)) };
  }
}
