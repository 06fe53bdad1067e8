import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, Principal } from '@pitlane/identity';
import { SearchQueryDto, SearchResponse, SearchService } from '@pitlane/search';
import { ApiProblems } from '../http/problem-details.dto';

@ApiTags('search')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Auth()
  @ApiOkResponse({
    type: SearchResponse,
    description: 'Clients and vehicles of your workshop, best first, as they are now',
  })
  @Get()
  search(@CurrentPrincipal() actor: Principal, @Query() query: SearchQueryDto): Promise<SearchResponse> {
    return this.searchService.search(actor, query);
  }
}
