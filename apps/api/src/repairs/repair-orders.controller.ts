import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiSortQuery, Page } from '@pitlane/core';
import { Auth, CurrentPrincipal, Principal } from '@pitlane/identity';
import {
  AddLineDto,
  BoardQuery,
  CreateRepairOrderDto,
  ListRepairOrdersQuery,
  OrderBoardService,
  OrderBoardResponse,
  OrderLinesService,
  OrderWorkflow,
  REPAIR_ORDER_SORTS,
  RepairOrderPageResponse,
  RepairOrderResponse,
  RepairOrdersService,
  TransitionDto,
  UpdateLineDto,
  UpdateRepairOrderDto,
} from '@pitlane/repairs';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('repairs')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('repair-orders')
export class RepairOrdersController {
  constructor(
    private readonly orders: RepairOrdersService,
    private readonly lines: OrderLinesService,
    private readonly workflow: OrderWorkflow,
    private readonly boards: OrderBoardService,
  ) {}

  @Auth()
  @ApiSortQuery('RepairOrderSort', REPAIR_ORDER_SORTS)
  @ApiOkResponse({ type: RepairOrderPageResponse })
  @Get()
  list(@Query() query: ListRepairOrdersQuery): Promise<Page<RepairOrderResponse>> {
    return this.orders.list(query);
  }

  @Auth()
  @ApiOkResponse({
    type: OrderBoardResponse,
    description: 'A column per status with its count and cards; moves offered are those of the caller',
  })
  @Get('board')
  board(@CurrentPrincipal() actor: Principal, @Query() query: BoardQuery): Promise<OrderBoardResponse> {
    return this.boards.board(actor, query);
  }

  @Auth('owner', 'manager')
  @ApiCreatedResponse({ type: RepairOrderResponse })
  @ApiProblems(404)
  @Post()
  create(@CurrentPrincipal() actor: Principal, @Body() body: CreateRepairOrderDto): Promise<RepairOrderResponse> {
    return this.orders.create(actor, body);
  }

  @Auth()
  @ApiOkResponse({ type: RepairOrderResponse })
  @ApiProblems(404)
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<RepairOrderResponse> {
    return this.orders.get(id);
  }

  @Auth('owner', 'manager')
  @ApiOkResponse({ type: RepairOrderResponse })
  @ApiProblems(404, 409)
  @Patch(':id')
  update(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateRepairOrderDto,
  ): Promise<RepairOrderResponse> {
    return this.orders.update(actor, id, body);
  }

  @Auth()
  @ApiOkResponse({ type: RepairOrderResponse, description: 'Moved; a 409 names the `allowed` targets' })
  @ApiProblems(404, 409)
  @Post(':id/transitions')
  @HttpCode(200)
  transition(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TransitionDto,
  ): Promise<RepairOrderResponse> {
    return this.workflow.transition(actor, id, body.to);
  }

  @Auth()
  @ApiCreatedResponse({ type: RepairOrderResponse, description: 'The order with the new line and totals' })
  @ApiProblems(404, 409)
  @Post(':id/lines')
  addLine(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddLineDto,
  ): Promise<RepairOrderResponse> {
    return this.lines.add(actor, id, body);
  }

  @Auth()
  @ApiOkResponse({ type: RepairOrderResponse })
  @ApiProblems(404, 409)
  @Patch(':id/lines/:lineId')
  updateLine(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lineId', ParseUUIDPipe) lineId: string,
    @Body() body: UpdateLineDto,
  ): Promise<RepairOrderResponse> {
    return this.lines.update(actor, id, lineId, body);
  }

  @Auth()
  @ApiNoContentResponse()
  @ApiProblems(404, 409)
  @Delete(':id/lines/:lineId')
  @HttpCode(204)
  removeLine(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lineId', ParseUUIDPipe) lineId: string,
  ): Promise<void> {
    return this.lines.remove(actor, id, lineId);
  }
}
