import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AccountService, Auth, CurrentPrincipal, MeView, Principal } from '@pitlane/identity';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly accounts: AccountService) {}

  @Auth()
  @Get()
  me(@CurrentPrincipal() principal: Principal): Promise<MeView> {
    return this.accounts.me(principal);
  }
}
