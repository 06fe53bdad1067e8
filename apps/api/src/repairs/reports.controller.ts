import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '@pitlane/identity';
import {
  MechanicHoursReport,
  MechanicHoursReportResponse,
  OpenOrdersReport,
  OpenOrdersReportResponse,
  ReportRangeQuery,
  RevenueReport,
  RevenueReportResponse,
  RevenueSeriesQuery,
  RevenueSeriesReport,
  RevenueSeriesReportResponse,
  TopClientsReport,
  TopClientsReportResponse,
  TopListQuery,
  TopServicesReport,
  TopServicesReportResponse,
} from '@pitlane/repairs';
import { ApiProblems } from '../http/problem-details.dto';

const RANGE =
  '`from` and `to` are local dates in the workshop time zone, both included, at most 366 days apart; ' +
  'money is what invoices issued in the range say, credit notes subtracted.';

/** Owner and manager reports (docs/repairs-reports.md). Mechanics get 403. */
@ApiTags('reports')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly revenue: RevenueReport,
    private readonly series: RevenueSeriesReport,
    private readonly hours: MechanicHoursReport,
    private readonly clients: TopClientsReport,
    private readonly services: TopServicesReport,
    private readonly open: OpenOrdersReport,
  ) {}

  @Auth('owner', 'manager')
  @ApiOperation({
    summary: 'Revenue (net, VAT, gross, by VAT rate), labour/parts/fees, cars, average order',
    description: RANGE,
  })
  @ApiOkResponse({ type: RevenueReportResponse })
  @Get('revenue')
  revenueReport(@Query() query: ReportRangeQuery): Promise<RevenueReportResponse> {
    return this.revenue.run(query);
  }

  @Auth('owner', 'manager')
  @ApiOperation({
    summary: 'Revenue (net, VAT, gross) per day, ISO week or month of the range, empty buckets included',
    description: `${RANGE} Buckets are cut at the range's ends and add up to /reports/revenue.`,
  })
  @ApiOkResponse({ type: RevenueSeriesReportResponse })
  @Get('revenue-series')
  revenueSeries(@Query() query: RevenueSeriesQuery): Promise<RevenueSeriesReportResponse> {
    return this.series.run(query);
  }

  @Auth('owner', 'manager')
  @ApiOperation({ summary: 'Labour hours sold vs hours clocked per mechanic', description: RANGE })
  @ApiOkResponse({ type: MechanicHoursReportResponse })
  @Get('mechanic-hours')
  mechanicHours(@Query() query: ReportRangeQuery): Promise<MechanicHoursReportResponse> {
    return this.hours.run(query);
  }

  @Auth('owner', 'manager')
  @ApiOperation({ summary: 'Clients by gross invoiced', description: RANGE })
  @ApiOkResponse({ type: TopClientsReportResponse })
  @Get('top-clients')
  topClients(@Query() query: TopListQuery): Promise<TopClientsReportResponse> {
    return this.clients.run(query);
  }

  @Auth('owner', 'manager')
  @ApiOperation({ summary: 'Labour and fees by net invoiced, grouped by description', description: RANGE })
  @ApiOkResponse({ type: TopServicesReportResponse })
  @Get('top-services')
  topServices(@Query() query: TopListQuery): Promise<TopServicesReportResponse> {
    return this.services.run(query);
  }

  @Auth('owner', 'manager')
  @ApiOperation({ summary: 'Orders not yet final, by status, with count and value (a snapshot now)' })
  @ApiOkResponse({ type: OpenOrdersReportResponse })
  @Get('open-orders')
  openOrders(): Promise<OpenOrdersReportResponse> {
    return this.open.run();
  }
}
