import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth } from '@pitlane/identity';
import { CreateServiceDto, ServiceCatalog, ServiceOfferingResponse, UpdateServiceDto } from '@pitlane/scheduling';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('scheduling')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('services')
export class ServicesController {
  constructor(private readonly catalog: ServiceCatalog) {}

  @Auth()
  @ApiOkResponse({ type: [ServiceOfferingResponse] })
  @Get()
  list(): Promise<ServiceOfferingResponse[]> {
    return this.catalog.list();
  }

  @Auth('owner', 'manager')
  @ApiCreatedResponse({ type: ServiceOfferingResponse })
  @Post()
  create(@Body() body: CreateServiceDto): Promise<ServiceOfferingResponse> {
    return this.catalog.create(body);
  }

  @Auth('owner', 'manager')
  @ApiOkResponse({ type: ServiceOfferingResponse })
  @ApiProblems(404)
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateServiceDto): Promise<ServiceOfferingResponse> {
    return this.catalog.update(id, body);
  }
}
