import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AccountService,
  AllowWithoutMfa,
  Auth,
  CurrentPrincipal,
  MeResponse,
  MeView,
  Principal,
  UpdateMeDto,
} from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('identity')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('me')
export class MeController {
  constructor(private readonly accounts: AccountService) {}

  @Auth()
  @AllowWithoutMfa()
  @ApiOkResponse({ type: MeResponse })
  @Get()
  me(@CurrentPrincipal() principal: Principal): Promise<MeView> {
    return this.accounts.me(principal);
  }

  /** Any member changes their own name and language; nobody else's. */
  @Auth()
  @ApiOkResponse({ type: MeResponse, description: 'Who you are after the change' })
  @ApiProblems(400)
  @Patch()
  update(@CurrentPrincipal() principal: Principal, @Body() body: UpdateMeDto): Promise<MeView> {
    return this.accounts.update(principal, body);
  }
}
