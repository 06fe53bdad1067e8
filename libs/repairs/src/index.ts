export * from './errors/repairs.error';
export * from './money/order-totals';
export * from './orders/board/dto/board.query';
export * from './orders/board/order-board.response';
export * from './orders/board/order-board.service';
export * from './orders/dto/add-line.dto';
export * from './orders/dto/create-repair-order.dto';
export * from './orders/dto/list-repair-orders.query';
export * from './orders/dto/transition.dto';
export * from './orders/dto/update-line.dto';
export * from './orders/dto/update-repair-order.dto';
export * from './orders/order-lines.service';
export * from './orders/order-transition-hook';
export * from './orders/order-workflow';
export * from './orders/repair-order.response';
export * from './orders/repair-orders.service';
export * from './orders/status-workflow';
export * from './parts/dto/create-part.dto';
export * from './parts/dto/list-parts.query';
export * from './parts/dto/record-movement.dto';
export * from './parts/dto/update-part.dto';
export * from './parts/part.response';
export * from './parts/parts.service';
export * from './repairs.entities';
export * from './repairs.module';
export * from './stock/stock-ledger';
export * from './reports/dto/report-range.query';
export * from './reports/dto/revenue-series.query';
export * from './reports/dto/top-list.query';
export * from './reports/mechanic-hours-report';
export * from './reports/mechanic-hours-report.response';
export * from './reports/open-orders-report';
export * from './reports/open-orders-report.response';
export * from './reports/report-period';
export * from './reports/report-period.response';
// The report SQL texts only (for the bench scenario scripts/bench/harness/scenarios/repair-reports.ts),
// not the repository.
export {
  HOURS_SQL,
  OPEN_ORDERS_SQL,
  REVENUE_SERIES_SQL,
  REVENUE_SQL,
  TOP_CLIENTS_SQL,
  TOP_SERVICES_SQL,
} from './reports/report.repository';
export * from './reports/revenue-report';
export * from './reports/revenue-report.response';
export * from './reports/revenue-series-report';
export * from './reports/revenue-series-report.response';
export * from './reports/top-clients-report';
export * from './reports/top-clients-report.response';
export * from './reports/top-services-report';
export * from './reports/top-services-report.response';
export * from './mechanics/order-mechanics';
export * from './mechanics/order-mechanics.service';
export * from './time/clock.response';
export * from './time/clock.service';
export * from './time/dto/add-time-entry.dto';
export * from './time/dto/correct-time-entry.dto';
export * from './time/dto/delete-time-entry.dto';
export * from './time/order-time.response';
export * from './time/order-time.service';
export * from './time/time-entries.service';
export * from './time/time-entry.response';
export * from './invoices/credit-notes';
export * from './invoices/dto/credit-note.dto';
export * from './invoices/dto/list-invoices.query';
export * from './invoices/dto/mark-paid.dto';
export * from './invoices/dto/put-invoice-settings.dto';
export * from './invoices/invoice-issuer';
export * from './invoices/invoice-payments';
export * from './invoices/invoice-settings.response';
export * from './invoices/invoice-settings.service';
export * from './invoices/invoice.response';
export * from './invoices/invoices-query.service';
export { INVOICE_SORTS } from './invoices/invoice.repository';
export * from './estimates/canonical-json';
export * from './estimates/dto/decide-estimate.dto';
export * from './estimates/dto/estimate-token.dto';
export * from './estimates/dto/estimate-verdict.dto';
export * from './estimates/dto/record-approval.dto';
export * from './estimates/dto/send-estimate.dto';
export * from './estimates/estimate-snapshot';
export * from './estimates/estimate.response';
export * from './estimates/estimates.service';
export * from './estimates/public-estimates.service';
