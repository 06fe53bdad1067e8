import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiSortQuery, Page } from '@pitlane/core';
import {
  CurrentOperator,
  OperatorAudit,
  OperatorAuditEntryResponse,
  OperatorOnly,
  OperatorPrincipal,
  OwnerVerificationResend,
} from '@pitlane/identity';
import {
  PlatformError,
  PlatformErrorCode,
  TENANT_SORT_FIELDS,
  TenantDirectory,
  TenantStatusChanges,
  utcDay,
} from '@pitlane/platform';
import { ClientIp } from '../http/client-ip.decorator';
import { ApiProblems } from '../http/problem-details.dto';
import {
  OperatorTenantDetailResponse,
  OperatorTenantProblemsResponse,
  OperatorTenantUsageDayResponse,
} from './dto/operator-tenant-detail.response';
import { OperatorTenantListQuery } from './dto/operator-tenant-list.query';
import { OperatorTenantPageResponse, OperatorTenantResponse } from './dto/operator-tenant.response';
import { TenantStatusChangeDto } from './dto/tenant-status-change.dto';

const USAGE_DAYS = 30;
const AUDIT_ENTRIES = 20;

/**
 * The operators' workshops: read from the aggregate views through the operator role; the one
 * write (status) through its definer function, the owner's new verification link through the
 * workshop's own transaction. Every action is written to the operator audit log with its reason.
 */
@ApiTags('operator')
@ApiBearerAuth()
@Controller('ops/tenants')
export class OperatorTenantsController {
  constructor(
    private readonly directory: TenantDirectory,
    private readonly statuses: TenantStatusChanges,
    private readonly verification: OwnerVerificationResend,
    private readonly audit: OperatorAudit,
  ) {}

  @OperatorOnly()
  @ApiSortQuery('OperatorTenantSort', TENANT_SORT_FIELDS)
  @ApiOkResponse({ type: OperatorTenantPageResponse, description: 'Workshops, newest first unless sorted' })
  @ApiProblems(400, 401)
  @Get()
  async list(@Query() query: OperatorTenantListQuery): Promise<Page<OperatorTenantResponse>> {
    const page = await this.directory.list(query);
    return { ...page, items: page.items.map((summary) => OperatorTenantResponse.of(summary)) };
  }

  @OperatorOnly()
  @ApiOkResponse({ type: OperatorTenantDetailResponse })
  @ApiProblems(400, 401, 404)
  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<OperatorTenantDetailResponse> {
    const summary = await this.directory.get(id);
    if (!summary) throw new PlatformError(PlatformErrorCode.WorkshopNotFound, 'There is no such workshop.');
    const to = utcDay();
    const from = utcDay(new Date(Date.parse(`${to}T00:00:00Z`) - (USAGE_DAYS - 1) * 86_400_000));
    const [usage, problems, audit] = await Promise.all([
      this.directory.usage(id, from, to),
      this.directory.problems(id),
      this.audit.list({ page: 1, limit: AUDIT_ENTRIES }, id),
    ]);
    return {
      tenant: OperatorTenantResponse.of(summary),
      usage: usage.map((day) => OperatorTenantUsageDayResponse.of(day)),
      problems: OperatorTenantProblemsResponse.of(problems),
      audit: audit.items.map((row) => OperatorAuditEntryResponse.of(row)),
    };
  }

  /** The staff are refused on their next request; public links say the workshop takes no requests. */
  @OperatorOnly()
  @ApiNoContentResponse({ description: 'Suspended, and audited with the reason' })
  @ApiProblems(400, 401, 404, 409)
  @Post(':id/suspend')
  @HttpCode(204)
  suspend(
    @CurrentOperator() operator: OperatorPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TenantStatusChangeDto,
    @ClientIp() clientIp?: string,
  ): Promise<void> {
    return this.statuses.suspend(id, { operatorId: operator.operatorId, reason: body.reason, clientIp });
  }

  @OperatorOnly()
  @ApiNoContentResponse({ description: 'Active again, and audited with the reason' })
  @ApiProblems(400, 401, 404, 409)
  @Post(':id/reactivate')
  @HttpCode(204)
  reactivate(
    @CurrentOperator() operator: OperatorPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TenantStatusChangeDto,
    @ClientIp() clientIp?: string,
  ): Promise<void> {
    return this.statuses.reactivate(id, { operatorId: operator.operatorId, reason: body.reason, clientIp });
  }

  @OperatorOnly()
  @ApiNoContentResponse({ description: "A new verification link is on its way to the workshop's owner" })
  @ApiProblems(400, 401, 404, 409)
  @Post(':id/resend-verification')
  @HttpCode(204)
  resendVerification(
    @CurrentOperator() operator: OperatorPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @ClientIp() clientIp?: string,
  ): Promise<void> {
    return this.verification.resend(id, { operatorId: operator.operatorId, clientIp });
  }
}
