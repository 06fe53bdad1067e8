import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@pitlane/core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { INVOICE_KINDS, InvoiceKind } from '../invoice.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const flag = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export const INVOICE_STATUS_FILTERS = ['paid', 'unpaid', 'credited'] as const;
export type InvoiceStatusFilter = (typeof INVOICE_STATUS_FILTERS)[number];

export class ListInvoicesQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: INVOICE_STATUS_FILTERS,
    enumName: 'InvoiceStatusFilter',
    description: 'Invoices only: paid, unpaid (and not credited), or reversed by a credit note',
  })
  @IsOptional()
  @IsIn(INVOICE_STATUS_FILTERS)
  status?: InvoiceStatusFilter;

  @ApiPropertyOptional({
    description: 'true: unpaid, not credited invoices whose due date has passed (workshop time); false: all others',
  })
  @IsOptional()
  @Transform(flag)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ maxLength: 20, example: '000123', description: 'Part of the number, e.g. 2026/000123 or 123' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  @Matches(/^[0-9/]+$/, { message: 'must be digits and slashes' })
  number?: string;

  @ApiPropertyOptional({ enum: INVOICE_KINDS, enumName: 'InvoiceKind' })
  @IsOptional()
  @IsIn(INVOICE_KINDS)
  kind?: InvoiceKind;

  @ApiPropertyOptional({ format: 'date', description: 'Issue date from (inclusive, workshop time)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Issue date to (inclusive, workshop time)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  clientId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "A vehicle's invoices and credit notes (the vehicle page)" })
  @IsOptional()
  @IsUUID()
  vehicleId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "A repair order's invoice and any credit note reversing it (the order page)",
  })
  @IsOptional()
  @IsUUID()
  repairOrderId?: string;
}
