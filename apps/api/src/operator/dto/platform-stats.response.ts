import { ApiProperty } from '@nestjs/swagger';

export class OperatorSignupDayResponse {
  @ApiProperty({ format: 'date' }) day!: string;
  @ApiProperty({ type: 'integer' }) signups!: number;
}

export class OperatorActiveWeekResponse {
  @ApiProperty({ format: 'date', description: 'The Monday the ISO week starts on' }) week!: string;
  @ApiProperty({ type: 'integer' }) activeWorkshops!: number;
}

/** Signups per UTC day (the last 90) and active workshops per ISO week (the last 12), oldest first. */
export class OperatorPlatformStatsResponse {
  @ApiProperty({ type: [OperatorSignupDayResponse] }) signupsPerDay!: OperatorSignupDayResponse[];
  @ApiProperty({ type: [OperatorActiveWeekResponse] }) activeWorkshopsPerWeek!: OperatorActiveWeekResponse[];
}
