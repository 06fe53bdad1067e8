import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@pitlane/core';
import { fromHundredths } from '../money/order-totals';

export const STOPPED_BY = ['mechanic', 'switch', 'status', 'correction', 'left'] as const;
export type StoppedBy = (typeof STOPPED_BY)[number];

/** One clocked stretch of work on a labour line. */
export class TimeEntryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ format: 'uuid' }) lineId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ format: 'date-time', description: 'Database clock' }) startedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'null while it runs' })
  stoppedAt!: string | null;
  @ApiProperty() running!: boolean;
  @ApiProperty({
    enum: STOPPED_BY,
    enumName: 'TimeEntryStoppedBy',
    nullable: true,
    description:
      'mechanic: stopped by hand; switch: a clock started elsewhere; status: the order left in_progress; correction: a manager; left: the person left the workshop',
  })
  stoppedBy!: StoppedBy | null;
  @ApiProperty({
    example: 1.25,
    description: 'Hours so far, two decimals (round-half-up of seconds / 36, in hundredths)',
  })
  hours!: number;
}

/** `TimeEntryRow` as selected by ENTRY_COLUMNS. */
export interface TimeEntryRow {
  id: string;
  order_id: string;
  line_id: string;
  user_id: string;
  started_at: Date;
  stopped_at: Date | null;
  stopped_by: StoppedBy | null;
  hundredths: number;
}

/**
 * The columns of an entry, `e` being time_entries. A running entry counts up to the database's
 * clock; hours are rounded once, half up, to hundredths: round(seconds / 36).
 */
export const ENTRY_COLUMNS = `e.id, e.order_id, e.line_id, e.user_id, e.started_at, e.stopped_at, e.stopped_by,
  round(extract(epoch from coalesce(e.stopped_at, clock_timestamp()) - e.started_at) / 36)::int as hundredths`;

export function presentEntry(row: TimeEntryRow): TimeEntryResponse {
  return {
    id: row.id,
    orderId: row.order_id,
    lineId: row.line_id,
    userId: row.user_id,
    startedAt: row.started_at.toISOString(),
    stoppedAt: row.stopped_at?.toISOString() ?? null,
    running: row.stopped_at === null,
    stoppedBy: row.stopped_by,
    hours: fromHundredths(row.hundredths),
  };
}

/** OpenAPI shape of `Page<TimeEntryResponse>`. */
export class TimeEntryPageResponse extends PageResponse {
  @ApiProperty({ type: [TimeEntryResponse] }) items!: TimeEntryResponse[];
}
