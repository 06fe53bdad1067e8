import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@pitlane/core';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { INVOICE_KINDS, InvoiceKind } from '../invoice.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ListInvoicesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['paid', 'unpaid'], description: 'Invoices only; a credited invoice is neither' })
  @IsOptional()
  @IsIn(['paid', 'unpaid'])
  status?: 'paid' | 'unpaid';

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
}
