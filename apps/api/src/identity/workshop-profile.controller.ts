import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Auth,
  UpdateWorkshopProfileDto,
  WorkshopProfile,
  WorkshopProfileResponse,
  WorkshopProfileService,
} from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';

/** The workshop's name, public address and contact, language and time zone: every member reads, owners edit. */
@ApiTags('settings')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('settings/workshop')
export class WorkshopProfileController {
  constructor(private readonly profile: WorkshopProfileService) {}

  @Auth()
  @ApiOkResponse({ type: WorkshopProfileResponse })
  @Get()
  get(): Promise<WorkshopProfile> {
    return this.profile.current();
  }

  @Auth('owner')
  @ApiOkResponse({ type: WorkshopProfileResponse, description: 'The profile after the change' })
  @ApiProblems(400)
  @Patch()
  update(@Body() body: UpdateWorkshopProfileDto): Promise<WorkshopProfile> {
    return this.profile.update(body);
  }
}
