import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsUUID,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export const ESTIMATE_DECISIONS = ['approve', 'decline'] as const;

/** One line's answer. */
export class LineDecisionDto {
  @ApiProperty({ format: 'uuid', description: 'A line the estimate asks about (`approval: pending` in it)' })
  @IsUUID()
  lineId!: string;

  @ApiProperty()
  @IsBoolean()
  approved!: boolean;
}

/**
 * The verdict part shared by the customer's answer and the approval staff record for them:
 * exactly one of `decision` (the whole estimate) and `lines` (each line it asks about, once).
 */
export class EstimateVerdictDto {
  @ApiPropertyOptional({
    enum: ESTIMATE_DECISIONS,
    enumName: 'EstimateDecision',
    description: 'The whole estimate; or send `lines`',
  })
  @ValidateIf((body: EstimateVerdictDto) => body.lines === undefined)
  @IsIn(ESTIMATE_DECISIONS, { message: 'must be "approve" or "decline" (or send "lines" instead)' })
  decision?: (typeof ESTIMATE_DECISIONS)[number];

  @ApiPropertyOptional({ type: [LineDecisionDto], description: 'One entry per line the estimate asks about' })
  @ValidateIf((body: EstimateVerdictDto) => body.lines !== undefined)
  @ValidateBy({
    name: 'notWithDecision',
    validator: {
      validate: (_value, args) => (args?.object as EstimateVerdictDto).decision === undefined,
      defaultMessage: () => 'is not sent together with "decision"',
    },
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => LineDecisionDto)
  lines?: LineDecisionDto[];
}
