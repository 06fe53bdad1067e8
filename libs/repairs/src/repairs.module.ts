import { OrderBoardService } from './orders/board/order-board.service';
import { Module } from '@nestjs/common';
import { GarageModule } from '@pitlane/garage';
import { IdentityModule } from '@pitlane/identity';
import { SchedulingModule } from '@pitlane/scheduling';
import { ApprovalOnTransition } from './estimates/approval-on-transition';
import { ApprovalRecorder } from './estimates/approval-recorder';
import { EstimateDecisions } from './estimates/estimate-decisions';
import { EstimateMailer } from './estimates/estimate-mailer';
import { EstimateTokens } from './estimates/estimate-tokens';
import { EstimateVersions } from './estimates/estimate-versions';
import { EstimateRepository } from './estimates/estimate.repository';
import { EstimatesService } from './estimates/estimates.service';
import { PublicEstimatesService } from './estimates/public-estimates.service';
import { OrderLinesService } from './orders/order-lines.service';
import { OrderPartiesCheck } from './orders/order-parties';
import { ORDER_TRANSITION_HOOKS, OrderTransitionHook } from './orders/order-transition-hook';
import { OrderWorkflow } from './orders/order-workflow';
import { OrdersFollowClientMerge } from './orders/orders-follow-client-merge';
import { RepairOrderStore } from './orders/repair-order-store';
import { RepairOrderRepository } from './orders/repair-order.repository';
import { RepairOrdersService } from './orders/repair-orders.service';
import { OrderMechanicsService } from './mechanics/order-mechanics.service';
import { PartRepository } from './parts/part.repository';
import { PartsService } from './parts/parts.service';
import { ClockService } from './time/clock.service';
import { ClocksStopOnLeave } from './time/clocks-stop-on-leave';
import { OrderTimeService } from './time/order-time.service';
import { TimeEntriesService } from './time/time-entries.service';
import { TimeEntryRepository } from './time/time-entry.repository';
import { LineTime } from './time/line-time';
import { MechanicHoursReport } from './reports/mechanic-hours-report';
import { OpenOrdersReport } from './reports/open-orders-report';
import { ReportPeriods } from './reports/report-period';
import { RevenueReport } from './reports/revenue-report';
import { RevenueSeriesReport } from './reports/revenue-series-report';
import { TopClientsReport } from './reports/top-clients-report';
import { TopServicesReport } from './reports/top-services-report';
import { ReportRepository } from './reports/report.repository';
import { CarReadyMail } from './invoices/car-ready-mail';
import { CreditNotes } from './invoices/credit-notes';
import { InvoiceClock } from './invoices/invoice-clock';
import { InvoiceDrafts } from './invoices/invoice-drafts';
import { InvoiceIssuer } from './invoices/invoice-issuer';
import { InvoiceMail } from './invoices/invoice-mail';
import { InvoiceNumbering } from './invoices/invoice-numbering';
import { InvoicePayments } from './invoices/invoice-payments';
import { InvoiceRecorder } from './invoices/invoice-recorder';
import { InvoiceSettingsService } from './invoices/invoice-settings.service';
import { InvoiceStore } from './invoices/invoice-store';
import { InvoicesQueryService } from './invoices/invoices-query.service';
import { InvoiceRepository } from './invoices/invoice.repository';
import { InvoiceSettingsRepository } from './invoices/invoice-settings.repository';
import { PartsReturnOnClose } from './stock/parts-return-on-close';
import { StockLedger } from './stock/stock-ledger';

/**
 * Repair orders with their lines and status workflow, and the parts inventory with its stock
 * ledger. Needs the core Config, Database and Audit modules, ObservabilityModule and what
 * SchedulingModule needs.
 */
@Module({
  imports: [IdentityModule, GarageModule, SchedulingModule],
  providers: [
    RepairOrderRepository,
    PartRepository,
    EstimateRepository,
    OrdersFollowClientMerge,
    OrderLinesService,
    OrderPartiesCheck,
    OrderWorkflow,
    OrderBoardService,
    PartsService,
    RepairOrderStore,
    RepairOrdersService,
    StockLedger,
    PartsReturnOnClose,
    ApprovalOnTransition,
    ApprovalRecorder,
    EstimateDecisions,
    EstimateMailer,
    EstimateTokens,
    EstimateVersions,
    EstimatesService,
    PublicEstimatesService,
    OrderMechanicsService,
    TimeEntryRepository,
    LineTime,
    ClockService,
    TimeEntriesService,
    OrderTimeService,
    ClocksStopOnLeave,
    ReportRepository,
    InvoiceRepository,
    InvoiceSettingsRepository,
    ReportPeriods,
    RevenueReport,
    RevenueSeriesReport,
    MechanicHoursReport,
    TopClientsReport,
    TopServicesReport,
    OpenOrdersReport,
    InvoiceClock,
    InvoiceNumbering,
    InvoiceStore,
    InvoiceRecorder,
    InvoiceSettingsService,
    InvoiceDrafts,
    InvoiceMail,
    InvoiceIssuer,
    CreditNotes,
    InvoicePayments,
    InvoicesQueryService,
    CarReadyMail,
    {
      // What happens beside a status move, in this order. Add a hook class here and to `inject`.
      provide: ORDER_TRANSITION_HOOKS,
      useFactory: (...hooks: OrderTransitionHook[]): readonly OrderTransitionHook[] => hooks,
      inject: [PartsReturnOnClose, ClocksStopOnLeave, CarReadyMail, ApprovalOnTransition],
    },
  ],
  exports: [
    EstimatesService,
    PublicEstimatesService,
    CreditNotes,
    InvoiceIssuer,
    InvoicePayments,
    InvoiceSettingsService,
    InvoicesQueryService,
    OrderLinesService,
    OrderWorkflow,
    OrderBoardService,
    PartsService,
    RepairOrdersService,
    StockLedger,
    OrderMechanicsService,
    ClockService,
    TimeEntriesService,
    OrderTimeService,
    RevenueReport,
    RevenueSeriesReport,
    MechanicHoursReport,
    TopClientsReport,
    TopServicesReport,
    OpenOrdersReport,
  ],
})
export class RepairsModule {}
