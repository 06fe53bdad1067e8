import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, Principal } from '@pitlane/identity';
import { ClockService, MyClockResponse } from '@pitlane/repairs';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('repairs')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('me/clock')
export class MyClockController {
  constructor(private readonly clocks: ClockService) {}

  @Auth()
  @ApiOkResponse({ type: MyClockResponse, description: "The caller's running clock in this workshop, or null" })
  @Get()
  current(@CurrentPrincipal() actor: Principal): Promise<MyClockResponse> {
    return this.clocks.current(actor);
  }
}
