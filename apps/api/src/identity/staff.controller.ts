import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiSortQuery, Page, PageQuery } from '@pitlane/core';
import {
  Auth,
  ChangeRoleDto,
  CurrentPrincipal,
  Principal,
  STAFF_SORTS,
  StaffMember,
  StaffMemberResponse,
  StaffPageResponse,
  StaffService,
} from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('identity')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Auth()
  @ApiSortQuery('StaffSort', STAFF_SORTS)
  @ApiOkResponse({ type: StaffPageResponse })
  @Get()
  list(@Query() query: PageQuery): Promise<Page<StaffMember>> {
    return this.staff.list(query);
  }

  @Auth()
  @ApiOkResponse({ type: StaffMemberResponse })
  @ApiProblems(404)
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<StaffMember> {
    return this.staff.get(id);
  }

  @Auth('owner', 'manager')
  @ApiOkResponse({ type: StaffMemberResponse, description: 'Owners change anyone; managers never touch owners' })
  @ApiProblems(404, 409)
  @Patch(':id')
  changeRole(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ChangeRoleDto,
  ): Promise<StaffMember> {
    return this.staff.changeRole(principal, id, body.role);
  }

  @Auth('owner', 'manager')
  @ApiNoContentResponse({ description: 'Removed from the workshop; their sessions end at once' })
  @ApiProblems(404, 409)
  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.staff.remove(principal, id);
  }
}
