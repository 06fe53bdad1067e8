import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '@pitlane/core';
import { OperatorOnly } from '@pitlane/identity';
import { PlatformUsage, utcDay } from '@pitlane/platform';
import { JobQueue, QUEUE_NAMES } from '@pitlane/queue';
import { SearchIndex } from '@pitlane/search';
import { ApiProblems } from '../http/problem-details.dto';
import {
  GRAFANA_DASHBOARDS,
  OperatorPlatformHealthResponse,
  OperatorQueueResponse,
} from './dto/platform-health.response';
import { OperatorPlatformStatsResponse } from './dto/platform-stats.response';

const SIGNUP_DAYS = 90;
const ACTIVE_WEEKS = 12;
const PROBE_TIMEOUT_MS = 2_000;

/** The platform as a whole, for operators: health of its backends and its growth. */
@ApiTags('operator')
@ApiBearerAuth()
@Controller('ops')
export class OperatorPlatformController {
  constructor(
    private readonly usage: PlatformUsage,
    private readonly jobs: JobQueue,
    private readonly searchIndex: SearchIndex,
    private readonly config: AppConfig,
  ) {}

  @OperatorOnly()
  @ApiOkResponse({ type: OperatorPlatformHealthResponse })
  @ApiProblems(401)
  @Get('health')
  async health(): Promise<OperatorPlatformHealthResponse> {
    const [platform, queues, searchUp] = await Promise.all([
      this.usage.health(),
      // A queue backend that does not answer shows as no queues, not as a failed page.
      within(Promise.all(QUEUE_NAMES.map(async (name) => ({ name, ...(await this.jobs.counts(name)) })))).catch(
        () => [] as OperatorQueueResponse[],
      ),
      within(this.searchIndex.ping()).then(
        () => true,
        () => false,
      ),
    ]);
    const elasticsearch = this.config.search.elasticsearchUrl !== undefined;
    const grafana = this.config.monitoring.grafanaUrl;
    return {
      queues: queues.map(({ name, waiting, active, delayed, failed }) => ({ name, waiting, active, delayed, failed })),
      outboxPending: platform.outboxPending,
      outboxLagSeconds: platform.outboxLagSeconds,
      search: {
        backend: elasticsearch ? 'elasticsearch' : 'postgres',
        index: elasticsearch ? this.config.search.elasticsearchIndex : null,
        up: searchUp,
      },
      mailsQueued: platform.mailsQueued,
      mailsOldestQueuedAt: platform.mailsOldestQueuedAt?.toISOString() ?? null,
      usageRolledUpAt: platform.usageRolledUpAt?.toISOString() ?? null,
      databaseBytes: platform.databaseBytes,
      dashboards: grafana ? GRAFANA_DASHBOARDS.map((id) => ({ id, url: `${grafana}/d/pitlane-${id}` })) : [],
    };
  }

  @OperatorOnly()
  @ApiOkResponse({ type: OperatorPlatformStatsResponse })
  @ApiProblems(401)
  @Get('stats')
  async stats(): Promise<OperatorPlatformStatsResponse> {
    const today = utcDay();
    const from = utcDay(new Date(Date.parse(`${today}T00:00:00Z`) - (SIGNUP_DAYS - 1) * 86_400_000));
    const [signupsPerDay, activeWorkshopsPerWeek] = await Promise.all([
      this.usage.signupsPerDay(from, today),
      this.usage.activeWorkshopsPerWeek(ACTIVE_WEEKS, today),
    ]);
    return { signupsPerDay, activeWorkshopsPerWeek };
  }
}

function within<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
