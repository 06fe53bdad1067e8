import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Page, PageQuery } from '@pitlane/core';
import {
  ClientDuplicateResponse,
  ClientExport,
  ClientExportResponse,
  ClientMergeService,
  ClientPageResponse,
  ClientPrivacyService,
  ClientResponse,
  ClientsService,
  CreateClientDto,
  DeleteClientQuery,
  ListVehiclesQuery,
  MergeClientDto,
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
    private readonly merging: ClientMergeService,
  ) {}

  @Auth()
  @ApiOkResponse({ type: ClientPageResponse })
  @Get()
  list(@CurrentPrincipal() actor: Principal, @Query() query: PageQuery): Promise<Page<ClientResponse>> {
    return this.clients.list(actor, query);
  }

  @Auth()
  @ApiCreatedResponse({
    type: ClientResponse,
    description: 'A nationalId may be given by owners and managers only (403 for mechanics)',
  })
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
  @ApiOkResponse({
    type: ClientResponse,
    description: 'Setting, changing or clearing nationalId is for owners and managers only (403 for mechanics)',
  })
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
  @ApiOkResponse({
    type: ClientExportResponse,
    description: 'Everything held about the client, decrypted (GDPR access)',
  })
  @ApiProblems(404)
  @Get(':id/export')
  export(@CurrentPrincipal() actor: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ClientExport> {
    return this.privacy.export(actor, id);
  }

  @Auth()
  @ApiOkResponse({
    type: [ClientDuplicateResponse],
    description:
      'Other clients of this workshop with the same e-mail (any case), phone or first and last name: likely the same person, most likely first (max 20)',
  })
  @ApiProblems(404)
  @Get(':id/duplicates')
  duplicates(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ClientDuplicateResponse[]> {
    return this.merging.duplicates(actor, id);
  }

  @Auth('owner', 'manager')
  @ApiOkResponse({
    type: ClientResponse,
    description:
      'Merges the client in the path into intoClientId: its vehicles, appointments and orders move there, both are audited, and it is deleted. Answers the client that stays.',
  })
  @ApiProblems(404, 409)
  @Post(':id/merge')
  @HttpCode(200)
  merge(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MergeClientDto,
  ): Promise<ClientResponse> {
    return this.merging.merge(actor, id, body.intoClientId);
  }
}
