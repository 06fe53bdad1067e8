import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '@pitlane/identity';
import { DecideEstimateDto, PublicEstimateResponse, PublicEstimatesService } from '@pitlane/repairs';
import { ClientIp } from '../http/client-ip.decorator';
import { ApiProblems } from '../http/problem-details.dto';
import { RateLimited } from '../http/rate-limit/rate-limited.decorator';
import { UserAgent } from '../http/user-agent.decorator';
import { NoQueryPipe } from '../scheduling/no-query.pipe';

/**
 * The customer's estimate, opened by the signed token of the link they were sent (it names the
 * workshop): no login, rate limited per client address; a suspended workshop's link answers
 * 403. Request logs carry the route pattern (`/public/estimates/:token`), never the token.
 */
@ApiTags('public estimates')
@ApiProblems(400, 403, 404, 429)
@Controller('public/estimates')
export class PublicEstimatesController {
  constructor(private readonly estimates: PublicEstimatesService) {}

  @Public()
  @RateLimited({ bucket: 'public-estimate' })
  @ApiParam({ name: 'token', description: 'The signed token of the estimate link (it names the workshop)' })
  @ApiOkResponse({ type: PublicEstimateResponse })
  @Get(':token')
  view(@Param('token') token: string, @Query(NoQueryPipe) _query: object): Promise<PublicEstimateResponse> {
    return this.estimates.view(token);
  }

  @Public()
  @RateLimited({ bucket: 'public-estimate' })
  @ApiParam({ name: 'token', description: 'The signed token of the estimate link (it names the workshop)' })
  @ApiOkResponse({ type: PublicEstimateResponse, description: 'The estimate with the decision recorded' })
  @ApiProblems(409)
  @Post(':token')
  @HttpCode(200)
  decide(
    @Param('token') token: string,
    @Body() body: DecideEstimateDto,
    @ClientIp() ipAddress?: string,
    @UserAgent() userAgent?: string,
  ): Promise<PublicEstimateResponse> {
    return this.estimates.decide(token, body, { ipAddress: ipAddress ?? null, userAgent: userAgent ?? null });
  }
}
