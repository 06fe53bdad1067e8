import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { ApiFixedOrder, Page, PageQuery } from '@pitlane/core';
import {
  AcceptInvitationDto,
  Auth,
  CreateInvitationDto,
  CurrentPrincipal,
  InvitationAcceptanceService,
  InvitationPageResponse,
  InvitationResponse,
  InvitationsService,
  InvitationView,
  LoginOutcome,
  LoginResponse,
  MfaChallengeResponse,
  Principal,
  Public,
} from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';
import { RateLimited } from '../http/rate-limit/rate-limited.decorator';
import { SET_REFRESH_COOKIE_HEADER } from '../http/session-cookie/refresh-cookie';
import { IssuesRefreshToken } from '../http/session-cookie/session-delivery';
import { UserAgent } from '../http/user-agent.decorator';

/** Inviting staff by e-mail (owners and managers), and accepting an invitation from its link. */
@ApiTags('identity')
@ApiExtraModels(LoginResponse, MfaChallengeResponse)
@Controller()
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly acceptance: InvitationAcceptanceService,
  ) {}

  @Auth('owner', 'manager')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: InvitationResponse, description: 'Invited; the mail with a 7-day link is on its way' })
  @ApiProblems(400, 401, 403, 409)
  @Post('staff')
  @HttpCode(201)
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateInvitationDto): Promise<InvitationView> {
    return this.invitations.create(principal, body);
  }

  @Auth('owner', 'manager')
  @ApiBearerAuth()
  @ApiFixedOrder('pending first, then newest first')
  @ApiOkResponse({ type: InvitationPageResponse, description: 'Pending first, then newest first' })
  @ApiProblems(400, 401, 403)
  @Get('staff/invitations')
  list(@Query() query: PageQuery): Promise<Page<InvitationView>> {
    return this.invitations.list(query);
  }

  @Auth('owner', 'manager')
  @ApiBearerAuth()
  @ApiOkResponse({ type: InvitationResponse, description: 'A new link, valid 7 days; the old one stops working' })
  @ApiProblems(401, 403, 404, 409)
  @Post('staff/invitations/:id/resend')
  @HttpCode(200)
  resend(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<InvitationView> {
    return this.invitations.resend(principal, id);
  }

  @Auth('owner', 'manager')
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'Revoked: the link stops working' })
  @ApiProblems(401, 403, 404, 409)
  @Delete('staff/invitations/:id')
  @HttpCode(204)
  revoke(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.invitations.revoke(principal, id);
  }

  @Public()
  @IssuesRefreshToken()
  @ApiCreatedResponse({
    description: 'Joined, and signed in as by a login (a second-factor challenge if the account has one)',
    schema: { oneOf: [{ $ref: getSchemaPath(LoginResponse) }, { $ref: getSchemaPath(MfaChallengeResponse) }] },
    headers: SET_REFRESH_COOKIE_HEADER,
  })
  @ApiProblems(400, 401, 403, 409, 429)
  @RateLimited({ bucket: 'invitation-accept' })
  @Post('auth/invitations/accept')
  @HttpCode(201)
  accept(@Body() body: AcceptInvitationDto, @UserAgent() userAgent?: string): Promise<LoginOutcome> {
    return this.acceptance.accept(body, userAgent);
  }
}
