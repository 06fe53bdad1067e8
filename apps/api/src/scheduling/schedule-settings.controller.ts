import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth } from '@pitlane/identity';
import { ScheduleSettingsResponse, ScheduleSettingsService, UpdateScheduleSettingsDto } from '@pitlane/scheduling';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('scheduling')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('settings/schedule')
export class ScheduleSettingsController {
  constructor(private readonly settings: ScheduleSettingsService) {}

  @Auth()
  @ApiOkResponse({ type: ScheduleSettingsResponse })
  @Get()
  get(): Promise<ScheduleSettingsResponse> {
    return this.settings.get();
  }

  @Auth('owner', 'manager')
  @ApiOkResponse({ type: ScheduleSettingsResponse })
  @Patch()
  update(@Body() body: UpdateScheduleSettingsDto): Promise<ScheduleSettingsResponse> {
    return this.settings.update(body);
  }
}
