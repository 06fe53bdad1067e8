import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, ValidateIf } from 'class-validator';
import { LOCALES } from '../../tenants/tenant.entity';

/** Changes to the caller's own profile: absent fields stay as they are. */
export class UpdateMeDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120, example: 'Anna Kowalska' })
  @ValidateIf((_, value) => value !== undefined)
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({
    enum: LOCALES,
    enumName: 'Locale',
    nullable: true,
    description: 'Your language for the app and the mails sent to you; null follows the workshop’s',
  })
  @IsOptional()
  @IsIn(LOCALES, { message: `must be one of ${LOCALES.join(', ')}, or null` })
  locale?: (typeof LOCALES)[number] | null;
}
