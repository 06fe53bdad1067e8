import { Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, Principal } from '@pitlane/identity';
import { InvoiceIssuer, InvoiceResponse } from '@pitlane/repairs';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('invoices')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('repair-orders')
export class OrderInvoiceController {
  constructor(private readonly issuer: InvoiceIssuer) {}

  @Auth('owner', 'manager')
  @ApiCreatedResponse({
    type: InvoiceResponse,
    description: 'Issued; the order is now invoiced. 409 when it is not completed or billing details are missing',
  })
  @ApiProblems(404, 409)
  @Post(':id/invoice')
  issue(@CurrentPrincipal() actor: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<InvoiceResponse> {
    return this.issuer.issue(actor, id);
  }
}
