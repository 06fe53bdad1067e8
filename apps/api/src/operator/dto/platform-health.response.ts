import { ApiProperty } from '@nestjs/swagger';

const QUEUE_NAMES = ['mail', 'platform'] as const;

/** Jobs of one queue by state, as BullMQ counts them. */
export class OperatorQueueResponse {
  @ApiProperty({ enum: QUEUE_NAMES, enumName: 'OperatorQueueName' }) name!: string;
  @ApiProperty({ type: 'integer' }) waiting!: number;
  @ApiProperty({ type: 'integer' }) active!: number;
  @ApiProperty({ type: 'integer' }) delayed!: number;
  @ApiProperty({ type: 'integer', description: 'Dead jobs: failed after their last attempt' }) failed!: number;
}

/** The search backend and whether it answers. */
export class OperatorSearchHealthResponse {
  @ApiProperty({ enum: ['elasticsearch', 'postgres'], enumName: 'SearchBackend' }) backend!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The alias Elasticsearch reads and writes through' })
  index!: string | null;
  @ApiProperty({ description: 'Whether it answered a ping' }) up!: boolean;
}

export const GRAFANA_DASHBOARDS = [
  'platform-overview',
  'queues-and-mail',
  'search-and-outbox',
  'database',
  'business',
] as const;

/** A Grafana dashboard of monitoring/grafana/dashboards (uid `pitlane-<id>`), at the configured Grafana. */
export class OperatorDashboardLinkResponse {
  @ApiProperty({ enum: GRAFANA_DASHBOARDS, enumName: 'GrafanaDashboard' }) id!: string;
  @ApiProperty({ format: 'uri' }) url!: string;
}

/** The platform's state for operators: queues, outbox lag, search, mail delivery, database size. */
export class OperatorPlatformHealthResponse {
  @ApiProperty({ type: [OperatorQueueResponse], description: 'Empty when the queue backend does not answer' })
  queues!: OperatorQueueResponse[];
  @ApiProperty({ type: 'integer' }) outboxPending!: number;
  @ApiProperty({ type: 'integer', description: 'Age of the oldest search outbox entry; 0 when empty' })
  outboxLagSeconds!: number;
  @ApiProperty({ type: OperatorSearchHealthResponse }) search!: OperatorSearchHealthResponse;
  @ApiProperty({ type: 'integer', description: 'Mails waiting to be sent' }) mailsQueued!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) mailsOldestQueuedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the usage rollup last ran' })
  usageRolledUpAt!: string | null;
  @ApiProperty({ type: 'integer' }) databaseBytes!: number;
  @ApiProperty({ type: [OperatorDashboardLinkResponse], description: 'Empty when GRAFANA_URL is not set' })
  dashboards!: OperatorDashboardLinkResponse[];
}
