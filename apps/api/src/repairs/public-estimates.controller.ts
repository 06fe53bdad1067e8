import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@pitlane/identity';
import { DecideEstimateDto, EstimateTokenDto, PublicEstimateResponse, PublicEstimatesService } from '@pitlane/repairs';
import { ClientIp } from '../http/client-ip.decorator';
import { ApiProblems } from '../http/problem-details.dto';
import { RateLimited } from '../http/rate-limit/rate-limited.decorator';
import { UserAgent } from '../http/user-agent.decorator';
import { NoQueryPipe } from '../scheduling/no-query.pipe';

/**
 * The customer's estimate, opened by the signed token of the link they were sent (it names the
 * workshop): no login, rate limited per client address; a suspended workshop's link answers
 * 403. The token travels in the request body only (the mailed link keeps it in the URL
 * fragment), so it reaches no access log, proxy log or browser history.
 */
@ApiTags('public estimates')
@ApiProblems(400, 403, 404, 429)
@Controller('public/estimates')
export class PublicEstimatesController {
  constructor(private readonly estimates: PublicEstimatesService) {}

  @Public()
  @RateLimited({ bucket: 'public-estimate' })
  @ApiOkResponse({ type: PublicEstimateResponse })
  @Post('view')
  @HttpCode(200)
  view(@Body() body: EstimateTokenDto, @Query(NoQueryPipe) _query: object): Promise<PublicEstimateResponse> {
    return this.estimates.view(body.token);
  }

  @Public()
  @RateLimited({ bucket: 'public-estimate' })
  @ApiOkResponse({ type: PublicEstimateResponse, description: 'The estimate with the decision recorded' })
  @ApiProblems(409)
  @Post('decide')
  @HttpCode(200)
  decide(
    @Body() body: DecideEstimateDto,
    @Query(NoQueryPipe) _query: object,
    @ClientIp() ipAddress?: string,
    @UserAgent() userAgent?: string,
  ): Promise<PublicEstimateResponse> {
    return this.estimates.decide(body, { ipAddress: ipAddress ?? null, userAgent: userAgent ?? null });
  }
}
