import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '../../calendar-date';

/** `?from=2026-03-30&to=2026-04-05`: local dates of the workshop, both included (a day or a week). */
export class CalendarQuery {
  @ApiProperty({ example: '2026-03-30' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-04-05' })
  @IsCalendarDate()
  to!: string;
}
