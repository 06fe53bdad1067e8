import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@pitlane/identity';
import {
  AvailabilityQuery,
  AvailabilityResponse,
  CreateBookingDto,
  CreatedBookingResponse,
  ManageBookingDto,
  PublicBookingResponse,
  PublicBookingService,
  PublicWorkshopResponse,
  RescheduleBookingDto,
} from '@pitlane/scheduling';
import { ApiProblems } from '../http/problem-details.dto';
import { RateLimited } from '../http/rate-limit/rate-limited.decorator';
import { NoQueryPipe } from './no-query.pipe';

/**
 * The workshop's public booking page: no login, the workshop named by its slug. Every route is
 * rate limited per client address; manage tokens travel in the body, never in the path.
 */
@ApiTags('public booking')
@ApiProblems(400, 404, 429)
@Controller('public/workshops/:slug')
export class PublicBookingController {
  constructor(private readonly booking: PublicBookingService) {}

  @Public()
  @RateLimited({ bucket: 'public-read' })
  @ApiOkResponse({ type: PublicWorkshopResponse })
  @Get()
  profile(@Param('slug') slug: string, @Query(NoQueryPipe) _query: object): Promise<PublicWorkshopResponse> {
    return this.booking.profile(slug);
  }

  @Public()
  @RateLimited({ bucket: 'public-read' })
  @ApiOkResponse({ type: AvailabilityResponse })
  @Get('availability')
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
  @Post('bookings')
  book(@Param('slug') slug: string, @Body() body: CreateBookingDto): Promise<CreatedBookingResponse> {
    return this.booking.book(slug, body);
  }

  @Public()
  @RateLimited({ bucket: 'public-manage' })
  @ApiOkResponse({ type: PublicBookingResponse })
  @Post('bookings/view')
  @HttpCode(200)
  view(@Param('slug') slug: string, @Body() body: ManageBookingDto): Promise<PublicBookingResponse> {
    return this.booking.view(slug, body);
  }

  @Public()
  @RateLimited({ bucket: 'public-manage' })
  @ApiOkResponse({ type: PublicBookingResponse })
  @ApiProblems(409)
  @Post('bookings/cancel')
  @HttpCode(200)
  cancel(@Param('slug') slug: string, @Body() body: ManageBookingDto): Promise<PublicBookingResponse> {
    return this.booking.cancel(slug, body);
  }

  @Public()
  @RateLimited({ bucket: 'public-manage' })
  @ApiOkResponse({ type: PublicBookingResponse })
  @ApiProblems(409)
  @Post('bookings/reschedule')
  @HttpCode(200)
  reschedule(@Param('slug') slug: string, @Body() body: RescheduleBookingDto): Promise<PublicBookingResponse> {
    return this.booking.reschedule(slug, body);
  }
}
