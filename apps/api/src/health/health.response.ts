import { ApiProperty } from '@nestjs/swagger';
import type { CheckStatus } from './health.service';

const CHECK_STATUSES = ['up', 'down', 'degraded'] as const satisfies readonly CheckStatus[];

export class LivenessResponse {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
}

/** The state of each backend; `degraded` (search only) still serves. */
export class ReadinessChecksResponse {
  @ApiProperty({ enum: CHECK_STATUSES, enumName: 'HealthCheckStatus' }) database!: string;
  @ApiProperty({ enum: CHECK_STATUSES, enumName: 'HealthCheckStatus' }) databaseRole!: string;
  @ApiProperty({ enum: CHECK_STATUSES, enumName: 'HealthCheckStatus' }) queue!: string;
  @ApiProperty({ enum: CHECK_STATUSES, enumName: 'HealthCheckStatus' }) search!: string;
}

/** OpenAPI shape of `Readiness`. */
export class ReadinessResponse {
  @ApiProperty({ enum: ['ok', 'degraded'], description: 'degraded: search is down, everything else answers' })
  status!: 'ok' | 'degraded';
  @ApiProperty({ type: ReadinessChecksResponse }) checks!: ReadinessChecksResponse;
}
