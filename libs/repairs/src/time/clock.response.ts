import { ApiProperty } from '@nestjs/swagger';
import { TimeEntryResponse } from './time-entry.response';

/** What starting a clock did: the entry now running, and the caller's clock it stopped, if any. */
export class ClockStartResponse {
  @ApiProperty({ type: TimeEntryResponse }) running!: TimeEntryResponse;
  @ApiProperty({
    type: TimeEntryResponse,
    nullable: true,
    description: "The caller's clock that was running elsewhere and was stopped at the same instant",
  })
  stopped!: TimeEntryResponse | null;
}

/** The caller's running clock in this workshop, if any. */
export class MyClockResponse {
  @ApiProperty({ type: TimeEntryResponse, nullable: true }) running!: TimeEntryResponse | null;
}
