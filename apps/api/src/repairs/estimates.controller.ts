import { Body, Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Page, PageQuery } from '@pitlane/core';
import { Auth, CurrentPrincipal, Principal } from '@pitlane/identity';
import {
  EstimatesService,
  EstimateVersionPageResponse,
  EstimateVersionResponse,
  RecordApprovalDto,
  SendEstimateDto,
  SentEstimateResponse,
} from '@pitlane/repairs';
import { ApiProblems } from '../http/problem-details.dto';

/** Estimate versions of a repair order: send one to the customer, list them, record a phone approval. */
@ApiTags('repairs')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404)
@Controller('repair-orders/:id/estimates')
export class EstimatesController {
  constructor(private readonly estimates: EstimatesService) {}

  @Auth('owner', 'manager')
  @ApiCreatedResponse({
    type: SentEstimateResponse,
    description: 'The new version, mailed to the client (or with its link when the client has no e-mail)',
  })
  @ApiProblems(409)
  @Post()
  send(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SendEstimateDto,
  ): Promise<SentEstimateResponse> {
    return this.estimates.send(actor, id, body);
  }

  @Auth()
  @ApiOkResponse({ type: EstimateVersionPageResponse, description: 'Newest first, each with its decision' })
  @Get()
  list(@Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery): Promise<Page<EstimateVersionResponse>> {
    return this.estimates.list(id, query);
  }

  @Auth('owner', 'manager')
  @ApiParam({ name: 'version', schema: { type: 'integer', minimum: 1 }, description: 'The version number (1, 2, …)' })
  @ApiCreatedResponse({ type: EstimateVersionResponse, description: 'The version with the recorded decision' })
  @ApiProblems(409)
  @Post(':version/approval')
  recordApproval(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('version', ParseIntPipe) version: number,
    @Body() body: RecordApprovalDto,
  ): Promise<EstimateVersionResponse> {
    return this.estimates.recordApproval(actor, id, version, body);
  }
}
