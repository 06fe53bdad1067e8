import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Page, PageQuery } from '@pitlane/core';
import { Auth, ChangeRoleDto, CurrentPrincipal, Principal, StaffMember, StaffService } from '@pitlane/identity';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Auth()
  @Get()
  list(@Query() query: PageQuery): Promise<Page<StaffMember>> {
    return this.staff.list(query);
  }

  @Auth()
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<StaffMember> {
    return this.staff.get(id);
  }

  @Auth('owner', 'manager')
  @Patch(':id')
  changeRole(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ChangeRoleDto,
  ): Promise<StaffMember> {
    return this.staff.changeRole(principal, id, body.role);
  }

  @Auth('owner', 'manager')
  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.staff.remove(principal, id);
  }
}
