import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../http/problem-details.dto';
import { Public } from '@pitlane/identity';
import { LivenessResponse, ReadinessResponse } from './health.response';
import { HealthService, Readiness } from './health.service';

/** Liveness for the process supervisor, readiness for the load balancer. */
@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @ApiOkResponse({ type: LivenessResponse })
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @ApiOkResponse({ type: ReadinessResponse })
  @ApiProblems(503)
  @Get('ready')
  ready(): Promise<Readiness> {
    return this.health.readiness();
  }
}
