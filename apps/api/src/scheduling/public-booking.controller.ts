import { Body, Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Public } from '@pitlane/identity';
import {
  AvailabilityQuery,
  AvailabilityResponse,
  BookingTokenDto,
  CancelBookingAction,
  CreateBookingDto,
  CreatedBookingResponse,
  ManageBookingDto,
  PublicBookingResponse,
  PublicBookingService,
  PublicWorkshopResponse,
  RescheduleBookingAction,
} from '@pitlane/scheduling';
import { ApiProblems } from '../http/problem-details.dto';
import { RateLimited } from '../http/rate-limit/rate-limited.decorator';
import { NoQueryPipe } from './no-query.pipe';

/**
 * The workshop's public booking page: no login, the workshop named by its slug; and the
 * customer's own booking, named by the signed token of its manage link (the token names the
 * workshop). The token travels in the request body only (`view`, `manage`, `calendar-file`), so
 * it reaches no access log, proxy log or browser history. Every route is rate limited per client
 * address. A suspended workshop's page and links answer 403 `workshop-not-accepting-requests`.
 */
@ApiTags('public booking')
@ApiProblems(400, 403, 404, 429)
@Controller('public')
export class PublicBookingController {
  constructor(private readonly booking: PublicBookingService) {}

  @Public()
  @RateLimited({ bucket: 'public-read' })
  @ApiOkResponse({ type: PublicWorkshopResponse })
  @Get('workshops/:slug')
  profile(@Param('slug') slug: string, @Query(NoQueryPipe) _query: object): Promise<PublicWorkshopResponse> {
    return this.booking.profile(slug);
  }

  @Public()
  @RateLimited({ bucket: 'public-read' })
  @ApiOkResponse({ type: AvailabilityResponse })
  @Get('workshops/:slug/availability')
  availability(@Param('slug') slug: string, @Query() query: AvailabilityQuery): Promise<AvailabilityResponse> {
    return this.booking.availability(slug, query);
  }

  @Public()
  @RateLimited({
    bucket: 'public-booking',
    account: (body) => (body.customer as { email?: unknown } | undefined)?.email,
  })
  @ApiCreatedResponse({ type: CreatedBookingResponse, description: 'Booked; the manage link is also mailed' })
  @ApiProblems(409)
  @Post('workshops/:slug/bookings')
  book(@Param('slug') slug: string, @Body() body: CreateBookingDto): Promise<CreatedBookingResponse> {
    return this.booking.book(slug, body);
  }

  @Public()
  @RateLimited({ bucket: 'public-manage' })
  @ApiOkResponse({ type: PublicBookingResponse })
  @Post('bookings/view')
  @HttpCode(200)
  view(@Body() body: BookingTokenDto, @Query(NoQueryPipe) _query: object): Promise<PublicBookingResponse> {
    return this.booking.view(body.token);
  }

  @Public()
  @RateLimited({ bucket: 'public-manage' })
  @ApiExtraModels(CancelBookingAction, RescheduleBookingAction)
  @ApiBody({
    description: 'The token and what to do with its booking, by `action`; no other field is accepted',
    schema: {
      oneOf: [{ $ref: getSchemaPath(CancelBookingAction) }, { $ref: getSchemaPath(RescheduleBookingAction) }],
      discriminator: {
        propertyName: 'action',
        mapping: {
          cancel: getSchemaPath(CancelBookingAction),
          reschedule: getSchemaPath(RescheduleBookingAction),
        },
      },
    },
  })
  @ApiOkResponse({ type: PublicBookingResponse, description: 'The booking after the change' })
  @ApiProblems(409)
  @Post('bookings/manage')
  @HttpCode(200)
  manage(@Body() body: ManageBookingDto, @Query(NoQueryPipe) _query: object): Promise<PublicBookingResponse> {
    return this.booking.manage(body);
  }

  @Public()
  @RateLimited({ bucket: 'public-manage' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'The booking as an iCalendar file, the same the mails attach',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  @Post('bookings/calendar-file')
  @HttpCode(200)
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="booking.ics"')
  @Header('Cache-Control', 'no-store')
  calendarFile(@Body() body: BookingTokenDto, @Query(NoQueryPipe) _query: object): Promise<string> {
    return this.booking.calendarFile(body.token);
  }
}
