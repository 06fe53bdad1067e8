import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Page, PageQuery } from '@pitlane/core';
import {
  ClientExport,
  ClientPageResponse,
  ClientPrivacyService,
  ClientResponse,
  ClientsService,
  CreateClientDto,
  DeleteClientQuery,
  ListVehiclesQuery,
  UpdateClientDto,
  VehiclePageResponse,
  VehicleResponse,
  VehiclesService,
} from '@pitlane/garage';
import { Auth, CurrentPrincipal, Principal } from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('garage')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('clients')
export class ClientsController {
  constructor(
    private readonly clients: ClientsService,
    private readonly vehicles: VehiclesService,
    private readonly privacy: ClientPrivacyService,
  ) {}

  @Auth()
  @ApiOkResponse({ type: ClientPageResponse })
  @Get()
  list(@CurrentPrincipal() actor: Principal, @Query() query: PageQuery): Promise<Page<ClientResponse>> {
    return this.clients.list(actor, query);
  }

  @Auth()
  @ApiCreatedResponse({ type: ClientResponse })
  @Post()
  create(@CurrentPrincipal() actor: Principal, @Body() body: CreateClientDto): Promise<ClientResponse> {
    return this.clients.create(actor, body);
  }

  @Auth()
  @ApiOkResponse({ type: ClientResponse })
  @ApiProblems(404)
  @Get(':id')
  get(@CurrentPrincipal() actor: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ClientResponse> {
    return this.clients.get(actor, id);
  }

  @Auth()
  @ApiOkResponse({ type: ClientResponse })
  @ApiProblems(404)
  @Patch(':id')
  update(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateClientDto,
  ): Promise<ClientResponse> {
    return this.clients.update(actor, id, body);
  }

  @Auth('owner', 'manager')
  @ApiNoContentResponse({ description: 'Deleted; with erase=true, erased under GDPR' })
  @ApiProblems(404, 409)
  @Delete(':id')
  @HttpCode(204)
  delete(@Param('id', ParseUUIDPipe) id: string, @Query() query: DeleteClientQuery): Promise<void> {
    return query.erase ? this.privacy.erase(id) : this.clients.delete(id, query.cascade ?? false);
  }

  @Auth()
  @ApiOkResponse({ type: VehiclePageResponse })
  @ApiProblems(404)
  @Get(':id/vehicles')
  vehiclesOf(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListVehiclesQuery,
  ): Promise<Page<VehicleResponse>> {
    return this.vehicles.listOfClient(actor, id, query);
  }

  @Auth('owner', 'manager')
  @ApiOkResponse({ description: 'Everything held about the client, decrypted (GDPR access)' })
  @ApiProblems(404)
  @Get(':id/export')
  export(@CurrentPrincipal() actor: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ClientExport> {
    return this.privacy.export(actor, id);
  }
}
