import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFixedOrder, ApiSortQuery, Page, PageQuery } from '@pitlane/core';
import { Auth, CurrentPrincipal, Principal } from '@pitlane/identity';
import {
  CreatePartDto,
  ListPartsQuery,
  PART_SORTS,
  PartPageResponse,
  PartResponse,
  PartsService,
  RecordMovementDto,
  StockMovementPageResponse,
  StockMovementResponse,
  UpdatePartDto,
} from '@pitlane/repairs';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('repairs')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('parts')
export class PartsController {
  constructor(private readonly parts: PartsService) {}

  @Auth()
  @ApiSortQuery('PartSort', PART_SORTS)
  @ApiOkResponse({ type: PartPageResponse })
  @Get()
  list(@Query() query: ListPartsQuery): Promise<Page<PartResponse>> {
    return this.parts.list(query);
  }

  @Auth()
  @ApiFixedOrder('furthest below the reorder point first', 'refused')
  @ApiOkResponse({ type: PartPageResponse, description: 'Active parts with stock at or below their reorder point' })
  @Get('low-stock')
  lowStock(@Query() query: PageQuery): Promise<Page<PartResponse>> {
    return this.parts.lowStock(query);
  }

  @Auth('owner', 'manager')
  @ApiCreatedResponse({ type: PartResponse })
  @ApiProblems(409)
  @Post()
  create(@Body() body: CreatePartDto): Promise<PartResponse> {
    return this.parts.create(body);
  }

  @Auth()
  @ApiOkResponse({ type: PartResponse })
  @ApiProblems(404)
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<PartResponse> {
    return this.parts.get(id);
  }

  @Auth('owner', 'manager')
  @ApiOkResponse({ type: PartResponse })
  @ApiProblems(404, 409)
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdatePartDto): Promise<PartResponse> {
    return this.parts.update(id, body);
  }

  @Auth('owner', 'manager')
  @ApiNoContentResponse({ description: 'Only a part that never moved; otherwise 409 (deactivate it)' })
  @ApiProblems(404, 409)
  @Delete(':id')
  @HttpCode(204)
  delete(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.parts.delete(id);
  }

  @Auth()
  @ApiFixedOrder('newest first')
  @ApiOkResponse({ type: StockMovementPageResponse, description: 'The ledger, newest first' })
  @ApiProblems(404)
  @Get(':id/movements')
  movements(@Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery): Promise<Page<StockMovementResponse>> {
    return this.parts.movements(id, query);
  }

  @Auth('owner', 'manager')
  @ApiCreatedResponse({ type: StockMovementResponse })
  @ApiProblems(404, 409)
  @Post(':id/movements')
  recordMovement(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RecordMovementDto,
  ): Promise<StockMovementResponse> {
    return this.parts.recordMovement(actor, id, body);
  }
}
