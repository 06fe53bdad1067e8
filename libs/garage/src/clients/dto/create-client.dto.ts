import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';

export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateClientDto {
  @ApiProperty({ example: 'Łukasz' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  firstName!: string;

  @ApiProperty({ example: 'Nowak' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  lastName!: string;

  @ApiPropertyOptional({ type: String, example: 'lukasz.nowak@example.pl', nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: '+48 601 234 567',
    description: 'Stored in E.164; read in the workshop country',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: '44051401359',
    description:
      "National id (PESEL in Poland), validated by the workshop country's rules and stored encrypted; owners and managers only",
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  nationalId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;

  @ApiPropertyOptional({ description: 'The client agreed to the processing of their data; records when' })
  @IsOptional()
  @IsBoolean()
  gdprConsent?: boolean;
}
