import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, Principal } from '@pitlane/identity';
import { InvoiceSettingsResponse, InvoiceSettingsService, PutInvoiceSettingsDto } from '@pitlane/repairs';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('invoices')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('settings/invoicing')
export class InvoicingSettingsController {
  constructor(private readonly settings: InvoiceSettingsService) {}

  @Auth('owner', 'manager')
  @ApiOkResponse({ type: InvoiceSettingsResponse })
  @Get()
  get(): Promise<InvoiceSettingsResponse> {
    return this.settings.get();
  }

  @Auth('owner', 'manager')
  @ApiOkResponse({
    type: InvoiceSettingsResponse,
    description: 'Replaced as a whole; `missing` lists what issuing still needs',
  })
  @Put()
  put(@CurrentPrincipal() actor: Principal, @Body() body: PutInvoiceSettingsDto): Promise<InvoiceSettingsResponse> {
    return this.settings.put(actor, body);
  }
}
