import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

const flag = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class DeleteClientQuery {
  @ApiPropertyOptional({ description: 'Also delete the client’s vehicles' })
  @IsOptional()
  @Transform(flag)
  @IsBoolean()
  cascade?: boolean;

  @ApiPropertyOptional({
    description: 'GDPR erasure: delete the client and strip their vehicles of VIN, plate and owner (owner or manager)',
  })
  @IsOptional()
  @Transform(flag)
  @IsBoolean()
  erase?: boolean;
}
