import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiSortQuery, Page, PageQuery } from '@pitlane/core';
import {
  Auth,
  CurrentPrincipal,
  MySessionsService,
  SESSION_SORTS,
  Principal,
  SessionPageResponse,
  SessionView,
} from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';

/** The security page's "where you are signed in": the caller's own sessions in this workshop. */
@ApiTags('identity')
@ApiBearerAuth()
@Controller('me/sessions')
export class MySessionsController {
  constructor(private readonly sessions: MySessionsService) {}

  @Auth()
  @ApiOkResponse({
    type: SessionPageResponse,
    description: 'Sessions still usable, most recently used first (`?sort=createdAt|lastUsedAt`, `-` descending)',
  })
  @ApiProblems(400, 401, 403)
  @ApiSortQuery('SessionSort', SESSION_SORTS)
  @Get()
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery): Promise<Page<SessionView>> {
    return this.sessions.list(principal, query);
  }

  @Auth()
  @ApiNoContentResponse({ description: 'Ended: its access and refresh tokens stop working at once' })
  @ApiProblems(400, 401, 403, 404)
  @Delete(':id')
  @HttpCode(204)
  end(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.sessions.end(principal, id);
  }
}
