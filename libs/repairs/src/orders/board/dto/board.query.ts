import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

const flag = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export const BOARD_DATE_FIELDS = ['promised', 'created'] as const;
export type BoardDateField = (typeof BOARD_DATE_FIELDS)[number];

/** Most cards a board column carries; its `count` still says how many orders match. */
export const BOARD_MAX_PER_COLUMN = 200;

/** `GET /repair-orders/board`: every filter narrows; none at all is the whole workshop. */
export class BoardQuery {
  @ApiPropertyOptional({ description: 'Only orders the caller is assigned to ("my jobs")' })
  @IsOptional()
  @Transform(flag)
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only orders this staff member is assigned to' })
  @IsOptional()
  @IsUUID()
  mechanicId?: string;

  @ApiPropertyOptional({
    enum: BOARD_DATE_FIELDS,
    enumName: 'BoardDateField',
    description: 'What `from` and `to` apply to: the promised time (default) or when the order was opened',
  })
  @IsOptional()
  @IsIn(BOARD_DATE_FIELDS)
  dateField?: BoardDateField;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-07', description: "First day, the workshop's time zone" })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2026-12-07',
    description: "Last day (included), the workshop's zone",
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: BOARD_MAX_PER_COLUMN,
    default: 100,
    description: 'Cards per column, the latest status changes first',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(BOARD_MAX_PER_COLUMN)
  perColumn?: number;
}
