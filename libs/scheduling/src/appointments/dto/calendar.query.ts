import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `?from=2026-03-30&to=2026-04-05`: local dates of the workshop, both included (a day or a week). */
export class CalendarQuery {
  @ApiProperty({ example: '2026-03-30' })
  @Matches(DATE, { message: 'must be a date "YYYY-MM-DD"' })
  from!: string;

  @ApiProperty({ example: '2026-04-05' })
  @Matches(DATE, { message: 'must be a date "YYYY-MM-DD"' })
  to!: string;
}
