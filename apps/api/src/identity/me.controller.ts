import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AccountService,
  AllowWithoutMfa,
  Auth,
  CurrentPrincipal,
  MeResponse,
  MeView,
  Principal,
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
}
