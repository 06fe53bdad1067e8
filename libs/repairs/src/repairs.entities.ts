import { EstimateApproval } from './estimates/estimate-approval.entity';
import { EstimateVersion } from './estimates/estimate-version.entity';
import { InvoiceLine } from './invoices/invoice-line.entity';
import { InvoiceSettings } from './invoices/invoice-settings.entity';
import { Invoice } from './invoices/invoice.entity';
import { RepairOrderLine } from './orders/repair-order-line.entity';
import { RepairOrder } from './orders/repair-order.entity';
import { Part } from './parts/part.entity';
import { PartStock } from './stock/part-stock.entity';
import { StockMovement } from './stock/stock-movement.entity';

export const REPAIRS_ENTITIES = [
  Part,
  PartStock,
  StockMovement,
  RepairOrder,
  RepairOrderLine,
  EstimateVersion,
  EstimateApproval,
  Invoice,
  InvoiceLine,
  InvoiceSettings,
];
