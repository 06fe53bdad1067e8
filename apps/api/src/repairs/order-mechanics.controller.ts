import { Controller, Delete, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, Principal } from '@pitlane/identity';
import { OrderMechanicsService, RepairOrderResponse } from '@pitlane/repairs';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('repairs')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('repair-orders')
export class OrderMechanicsController {
  constructor(private readonly mechanics: OrderMechanicsService) {}

  @Auth('owner', 'manager')
  @ApiOkResponse({ type: RepairOrderResponse, description: 'The order with its mechanics; assigning twice is a no-op' })
  @ApiProblems(404, 409)
  @Put(':id/mechanics/:userId')
  assign(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<RepairOrderResponse> {
    return this.mechanics.assign(actor, id, userId);
  }

  @Auth('owner', 'manager')
  @ApiNoContentResponse({ description: 'Unassigned; 409 mechanic-has-work while they have time or lines on it' })
  @ApiProblems(404, 409)
  @Delete(':id/mechanics/:userId')
  @HttpCode(204)
  unassign(@Param('id', ParseUUIDPipe) id: string, @Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    return this.mechanics.unassign(id, userId);
  }
}
