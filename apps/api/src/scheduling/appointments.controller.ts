import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFixedOrder, Page } from '@pitlane/core';
import { Auth } from '@pitlane/identity';
import {
  AppointmentHistory,
  AppointmentListQuery,
  AppointmentPageResponse,
  AppointmentCalendar,
  AppointmentResponse,
  AppointmentsService,
  CalendarQuery,
  CalendarResponse,
  ChangeStatusDto,
  CreateAppointmentDto,
  MoveAppointmentDto,
} from '@pitlane/scheduling';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('scheduling')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('appointments')
export class AppointmentsController {
  constructor(
    private readonly appointments: AppointmentsService,
    private readonly history: AppointmentHistory,
    private readonly calendarOf: AppointmentCalendar,
  ) {}

  @Auth()
  @ApiOkResponse({
    type: CalendarResponse,
    description: 'A day or a week: one lane per bay, blocks with client, vehicle and services, each day’s hours',
  })
  @Get()
  calendar(@Query() query: CalendarQuery): Promise<CalendarResponse> {
    return this.calendarOf.range(query);
  }

  @Auth()
  @ApiFixedOrder('by start: soonest first when upcoming, latest first when past')
  @ApiOkResponse({
    type: AppointmentPageResponse,
    description: 'The client’s bookings: `?when=upcoming` (soonest first, the default) or `past` (latest first)',
  })
  @ApiProblems(404)
  @Get('by-client/:id')
  ofClient(
    @Param('id', ParseUUIDPipe) clientId: string,
    @Query() query: AppointmentListQuery,
  ): Promise<Page<AppointmentResponse>> {
    return this.history.ofClient(clientId, query);
  }

  @Auth()
  @ApiFixedOrder('by start: soonest first when upcoming, latest first when past')
  @ApiOkResponse({
    type: AppointmentPageResponse,
    description: 'The vehicle’s bookings: `?when=upcoming` (soonest first, the default) or `past` (latest first)',
  })
  @ApiProblems(404)
  @Get('by-vehicle/:id')
  ofVehicle(
    @Param('id', ParseUUIDPipe) vehicleId: string,
    @Query() query: AppointmentListQuery,
  ): Promise<Page<AppointmentResponse>> {
    return this.history.ofVehicle(vehicleId, query);
  }

  @Auth()
  @ApiCreatedResponse({ type: AppointmentResponse })
  @ApiProblems(404, 409)
  @Post()
  create(@Body() body: CreateAppointmentDto): Promise<AppointmentResponse> {
    return this.appointments.create(body);
  }

  @Auth()
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiProblems(404)
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<AppointmentResponse> {
    return this.appointments.get(id);
  }

  @Auth()
  @ApiOkResponse({
    type: AppointmentResponse,
    description: 'Moved or resized (with endsAt); when the start changed the customer is mailed the new time',
  })
  @ApiProblems(404, 409)
  @Post(':id/move')
  @HttpCode(200)
  move(@Param('id', ParseUUIDPipe) id: string, @Body() body: MoveAppointmentDto): Promise<AppointmentResponse> {
    return this.appointments.move(id, body);
  }

  @Auth()
  @ApiOkResponse({ type: AppointmentResponse, description: 'Cancelled; the customer is mailed' })
  @ApiProblems(404, 409)
  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@Param('id', ParseUUIDPipe) id: string): Promise<AppointmentResponse> {
    return this.appointments.cancel(id);
  }

  @Auth()
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiProblems(404, 409)
  @Post(':id/status')
  @HttpCode(200)
  changeStatus(@Param('id', ParseUUIDPipe) id: string, @Body() body: ChangeStatusDto): Promise<AppointmentResponse> {
    return this.appointments.changeStatus(id, body.status);
  }
}
