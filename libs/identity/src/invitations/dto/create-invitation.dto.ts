import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Role, ROLES } from '../../memberships/role';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateInvitationDto {
  @ApiProperty({ example: 'marek@kowalski-auto.pl' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', description: 'Managers may invite managers and mechanics, not owners' })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ example: 'Marek Nowak', description: 'How the workshop knows them; they choose their own' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  name?: string;
}
