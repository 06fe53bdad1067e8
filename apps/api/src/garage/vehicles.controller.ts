import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFixedOrder, ApiSortQuery, Page, PageQuery } from '@pitlane/core';
import {
  CreateVehicleDto,
  ListVehiclesQuery,
  MileagePageResponse,
  MileageReadingResponse,
  UpdateVehicleDto,
  VehicleMileageService,
  VEHICLE_SORTS,
  VehiclePageResponse,
  VehicleResponse,
  VehiclesService,
  VehicleVinResponse,
} from '@pitlane/garage';
import { Auth, CurrentPrincipal, Principal } from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('garage')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('vehicles')
export class VehiclesController {
  constructor(
    private readonly vehicles: VehiclesService,
    private readonly mileage: VehicleMileageService,
  ) {}

  @Auth()
  @ApiSortQuery('VehicleSort', VEHICLE_SORTS)
  @ApiOkResponse({ type: VehiclePageResponse, description: '`?vin=` is an exact lookup through the blind index' })
  @Get()
  list(@CurrentPrincipal() actor: Principal, @Query() query: ListVehiclesQuery): Promise<Page<VehicleResponse>> {
    return this.vehicles.list(actor, query);
  }

  @Auth()
  @ApiOkResponse({ type: [VehicleResponse], description: 'What you opened or edited last, newest first (max 20)' })
  @Get('recent')
  recent(@CurrentPrincipal() actor: Principal): Promise<VehicleResponse[]> {
    return this.vehicles.recent(actor);
  }

  @Auth()
  @ApiCreatedResponse({ type: VehicleResponse })
  @ApiProblems(404, 409)
  @Post()
  create(@CurrentPrincipal() actor: Principal, @Body() body: CreateVehicleDto): Promise<VehicleResponse> {
    return this.vehicles.create(actor, body);
  }

  @Auth()
  @ApiOkResponse({ type: VehicleResponse })
  @ApiProblems(404)
  @Get(':id')
  get(@CurrentPrincipal() actor: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<VehicleResponse> {
    return this.vehicles.get(actor, id);
  }

  @Auth()
  @ApiOkResponse({
    type: VehicleVinResponse,
    description:
      'The full VIN, which other vehicle responses mask to its last 6 characters. Each call with a VIN is recorded in the audit trail (vehicle.vin_revealed).',
  })
  @ApiProblems(404)
  @Get(':id/vin')
  vin(@Param('id', ParseUUIDPipe) id: string): Promise<VehicleVinResponse> {
    return this.vehicles.revealVin(id);
  }

  @Auth()
  @ApiFixedOrder('newest first')
  @ApiOkResponse({
    type: MileagePageResponse,
    description:
      "Every odometer reading of the vehicle: typed on it by staff, or noted at a repair order's intake. " +
      '`decreased` marks a reading lower than the one before it.',
  })
  @ApiProblems(404)
  @Get(':id/mileage')
  mileageHistory(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQuery,
  ): Promise<Page<MileageReadingResponse>> {
    return this.mileage.history(id, query);
  }

  @Auth()
  @ApiOkResponse({ type: VehicleResponse })
  @ApiProblems(404, 409)
  @Patch(':id')
  update(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateVehicleDto,
  ): Promise<VehicleResponse> {
    return this.vehicles.update(actor, id, body);
  }

  @Auth('owner', 'manager')
  @ApiNoContentResponse()
  @ApiProblems(404)
  @Delete(':id')
  @HttpCode(204)
  delete(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.vehicles.delete(id);
  }
}
