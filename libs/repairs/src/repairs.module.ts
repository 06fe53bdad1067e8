import { Module } from '@nestjs/common';
import { GarageModule } from '@pitlane/garage';
import { IdentityModule } from '@pitlane/identity';
import { SchedulingModule } from '@pitlane/scheduling';
import { OrderLinesService } from './orders/order-lines.service';
import { OrderPartiesCheck } from './orders/order-parties';
import { OrderWorkflow } from './orders/order-workflow';
import { RepairOrderStore } from './orders/repair-order-store';
import { RepairOrdersService } from './orders/repair-orders.service';
import { PartsService } from './parts/parts.service';
import { StockLedger } from './stock/stock-ledger';

/**
 * Repair orders with their lines and status workflow, and the parts inventory with its stock
 * ledger. Needs the core Config, Database and Audit modules, ObservabilityModule and what
 * SchedulingModule needs.
 */
@Module({
  imports: [IdentityModule, GarageModule, SchedulingModule],
  providers: [
    OrderLinesService,
    OrderPartiesCheck,
    OrderWorkflow,
    PartsService,
    RepairOrderStore,
    RepairOrdersService,
    StockLedger,
  ],
  exports: [OrderLinesService, OrderWorkflow, PartsService, RepairOrdersService, StockLedger],
})
export class RepairsModule {}
