import { PartialType } from '@nestjs/swagger';
import { CreatePartDto } from './create-part.dto';

/** Absent fields stay as they are; `null` clears brand or location. Stock moves only by movements. */
export class UpdatePartDto extends PartialType(CreatePartDto) {}
