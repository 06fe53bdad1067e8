import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Page } from '@pitlane/core';
import { Auth, CurrentPrincipal, Principal } from '@pitlane/identity';
import {
  CreditNoteDto,
  CreditNotes,
  InvoicePageResponse,
  InvoicePayments,
  InvoiceResponse,
  InvoicesQueryService,
  ListInvoicesQuery,
  MarkPaidDto,
} from '@pitlane/repairs';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('invoices')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('invoices')
export class InvoicesController {
  constructor(
    private readonly invoices: InvoicesQueryService,
    private readonly creditNotes: CreditNotes,
    private readonly payments: InvoicePayments,
  ) {}

  @Auth('owner', 'manager')
  @ApiOkResponse({ type: InvoicePageResponse })
  @Get()
  list(@Query() query: ListInvoicesQuery): Promise<Page<InvoiceResponse>> {
    return this.invoices.list(query);
  }

  @Auth('owner', 'manager')
  @ApiOkResponse({ type: InvoiceResponse })
  @ApiProblems(404)
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<InvoiceResponse> {
    return this.invoices.get(id);
  }

  @Auth('owner', 'manager')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The invoice as a PDF attachment named after its number',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(404)
  @Get(':id/pdf')
  async pdf(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    const pdf = await this.invoices.pdf(id);
    return new StreamableFile(pdf.content, {
      type: 'application/pdf',
      disposition: `attachment; filename="${pdf.filename}"`,
      length: pdf.content.length,
    });
  }

  @Auth('owner', 'manager')
  @ApiCreatedResponse({ type: InvoiceResponse, description: 'The credit note; the order is completed again' })
  @ApiProblems(404, 409)
  @Post(':id/credit-note')
  creditNote(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreditNoteDto,
  ): Promise<InvoiceResponse> {
    return this.creditNotes.issue(actor, id, body);
  }

  @Auth('owner', 'manager')
  @ApiOkResponse({ type: InvoiceResponse, description: 'Paid; the order is now paid. 409 when paid already' })
  @ApiProblems(404, 409)
  @Post(':id/payments')
  @HttpCode(200)
  markPaid(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MarkPaidDto,
  ): Promise<InvoiceResponse> {
    return this.payments.markPaid(actor, id, body);
  }
}
