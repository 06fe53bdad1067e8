import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFixedOrder, Page, PageQuery } from '@pitlane/core';
import { Auth, CurrentPrincipal, Principal } from '@pitlane/identity';
import {
  AddTimeEntryDto,
  ClockService,
  ClockStartResponse,
  CorrectTimeEntryDto,
  DeleteTimeEntryDto,
  OrderTimeResponse,
  OrderTimeService,
  TimeEntriesService,
  TimeEntryPageResponse,
  TimeEntryResponse,
} from '@pitlane/repairs';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('repairs')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('repair-orders')
export class OrderTimeController {
  constructor(
    private readonly clocks: ClockService,
    private readonly entries: TimeEntriesService,
    private readonly time: OrderTimeService,
  ) {}

  @Auth()
  @ApiOkResponse({
    type: ClockStartResponse,
    description: "The running entry; `stopped` is the caller's clock elsewhere that this stopped",
  })
  @ApiProblems(404, 409)
  @Post(':id/lines/:lineId/clock/start')
  @HttpCode(200)
  start(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lineId', ParseUUIDPipe) lineId: string,
  ): Promise<ClockStartResponse> {
    return this.clocks.start(actor, id, lineId);
  }

  @Auth()
  @ApiOkResponse({ type: TimeEntryResponse, description: 'The stopped entry' })
  @ApiProblems(404, 409)
  @Post(':id/lines/:lineId/clock/stop')
  @HttpCode(200)
  stop(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lineId', ParseUUIDPipe) lineId: string,
  ): Promise<TimeEntryResponse> {
    return this.clocks.stop(actor, id, lineId);
  }

  @Auth()
  @ApiOkResponse({ type: OrderTimeResponse })
  @ApiProblems(404)
  @Get(':id/time')
  report(@Param('id', ParseUUIDPipe) id: string): Promise<OrderTimeResponse> {
    return this.time.get(id);
  }

  @Auth()
  @ApiFixedOrder('by start, earliest first')
  @ApiOkResponse({ type: TimeEntryPageResponse })
  @ApiProblems(404)
  @Get(':id/time-entries')
  list(@Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery): Promise<Page<TimeEntryResponse>> {
    return this.entries.list(id, query);
  }

  @Auth('owner', 'manager')
  @ApiCreatedResponse({ type: TimeEntryResponse, description: 'The entry, logged as added with its reason' })
  @ApiProblems(404, 409)
  @Post(':id/lines/:lineId/time-entries')
  add(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lineId', ParseUUIDPipe) lineId: string,
    @Body() body: AddTimeEntryDto,
  ): Promise<TimeEntryResponse> {
    return this.entries.add(actor, id, lineId, body);
  }

  @Auth('owner', 'manager')
  @ApiOkResponse({ type: TimeEntryResponse })
  @ApiProblems(404, 409)
  @Patch(':id/time-entries/:entryId')
  correct(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('entryId', ParseUUIDPipe) entryId: string,
    @Body() body: CorrectTimeEntryDto,
  ): Promise<TimeEntryResponse> {
    return this.entries.correct(actor, id, entryId, body);
  }

  @Auth('owner', 'manager')
  @ApiNoContentResponse()
  @ApiProblems(404)
  @Delete(':id/time-entries/:entryId')
  @HttpCode(204)
  remove(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('entryId', ParseUUIDPipe) entryId: string,
    @Body() body: DeleteTimeEntryDto,
  ): Promise<void> {
    return this.entries.remove(actor, id, entryId, body);
  }
}
