import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Auth,
  CurrentPrincipal,
  Principal,
  SecuritySettings,
  SecuritySettingsResponse,
  SecuritySettingsService,
  UpdateSecuritySettingsDto,
} from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';

/** The workshop's security policy: owners set it, managers may look. */
@ApiTags('settings')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('settings/security')
export class SecuritySettingsController {
  constructor(private readonly settings: SecuritySettingsService) {}

  // Everyone may read the policy: a mechanic's security page says whether 2FA is required.
  @Auth()
  @ApiOkResponse({ type: SecuritySettingsResponse })
  @Get()
  get(): Promise<SecuritySettings> {
    return this.settings.get();
  }

  @Auth('owner')
  @ApiOkResponse({ type: SecuritySettingsResponse })
  @ApiProblems(400)
  @Patch()
  update(@CurrentPrincipal() principal: Principal, @Body() body: UpdateSecuritySettingsDto): Promise<SecuritySettings> {
    return this.settings.update(principal, body);
  }
}
