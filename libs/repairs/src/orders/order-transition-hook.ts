import type { Principal } from '@pitlane/identity';
import type { RepairOrder } from './repair-order.entity';
import type { RepairOrderStatus } from './status-workflow';

/** One status move, as the hooks see it: inside the moving transaction, with the order row locked. */
export interface OrderTransition {
  /** Staff who asked for the move; null when a customer did (estimate approval by link). */
  readonly actor: Principal | null;
  /** The order as it was before the move. */
  readonly order: RepairOrder;
  readonly from: RepairOrderStatus;
  readonly to: RepairOrderStatus;
}

/**
 * What other parts of repairs do when an order changes status (give parts back, stop clocks,
 * mail the customer, refuse completion with unapproved work) without OrderWorkflow knowing each
 * of them. Hooks run in registration order, in the moving transaction: a throw from `before`
 * refuses the move and rolls everything back.
 */
export interface OrderTransitionHook {
  before?(transition: OrderTransition): Promise<void>;
  after?(transition: OrderTransition): Promise<void>;
}

/** The injection token for the list of hooks (see RepairsModule). */
export const ORDER_TRANSITION_HOOKS = Symbol('ORDER_TRANSITION_HOOKS');
