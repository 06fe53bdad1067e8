import { codedDomainError, ErrorKind } from '@pitlane/core';

export enum RepairsErrorCode {
  RepairOrderNotFound = 'repair_order_not_found',
  LineNotFound = 'repair_order_line_not_found',
  PartNotFound = 'part_not_found',
  DuplicatePartNumber = 'duplicate_part_number',
  PartHasMovements = 'part_has_movements',
  InsufficientStock = 'insufficient_stock',
  InvalidTransition = 'invalid_status_transition',
  OrderNotEditable = 'repair_order_not_editable',
  RoleForbidden = 'role_forbidden',
  InvalidRequest = 'invalid_repairs_request',
  MechanicNotFound = 'mechanic_not_found',
  MechanicNotAssigned = 'mechanic_not_assigned',
  MechanicHasWork = 'mechanic_has_work',
  LineHasTime = 'line_has_time',
  ClockRefused = 'clock_refused',
  ClockNotRunning = 'clock_not_running',
  TimeEntryNotFound = 'time_entry_not_found',
  TimeEntryOverlap = 'time_entry_overlap',
  InvoiceNotFound = 'invoice_not_found',
  InvoicingNotConfigured = 'invoicing_not_configured',
  OrderNotInvoiceable = 'repair_order_not_invoiceable',
  NothingToInvoice = 'nothing_to_invoice',
  InvoiceAlreadyPaid = 'invoice_already_paid',
  InvoiceCredited = 'invoice_credited',
  InvoiceNotPayable = 'invoice_not_payable',
  InvoiceNotCreditable = 'invoice_not_creditable',
  EstimateNotFound = 'estimate_not_found',
  EstimateAlreadyDecided = 'estimate_already_decided',
  EstimateSuperseded = 'estimate_superseded',
  EstimateChanged = 'estimate_changed',
  NothingToApprove = 'estimate_nothing_to_approve',
  UnapprovedLines = 'unapproved_lines',
  WorkshopNotAcceptingRequests = 'workshop_not_accepting_requests',
}

const KIND: Readonly<Record<RepairsErrorCode, ErrorKind>> = {
  [RepairsErrorCode.RepairOrderNotFound]: 'not_found',
  [RepairsErrorCode.LineNotFound]: 'not_found',
  [RepairsErrorCode.PartNotFound]: 'not_found',
  [RepairsErrorCode.DuplicatePartNumber]: 'conflict',
  [RepairsErrorCode.PartHasMovements]: 'conflict',
  [RepairsErrorCode.InsufficientStock]: 'conflict',
  [RepairsErrorCode.InvalidTransition]: 'conflict',
  [RepairsErrorCode.OrderNotEditable]: 'conflict',
  [RepairsErrorCode.RoleForbidden]: 'forbidden',
  [RepairsErrorCode.InvalidRequest]: 'invalid',
  [RepairsErrorCode.MechanicNotFound]: 'not_found',
  [RepairsErrorCode.MechanicNotAssigned]: 'conflict',
  [RepairsErrorCode.MechanicHasWork]: 'conflict',
  [RepairsErrorCode.LineHasTime]: 'conflict',
  [RepairsErrorCode.ClockRefused]: 'conflict',
  [RepairsErrorCode.ClockNotRunning]: 'conflict',
  [RepairsErrorCode.TimeEntryNotFound]: 'not_found',
  [RepairsErrorCode.TimeEntryOverlap]: 'conflict',
  [RepairsErrorCode.InvoiceNotFound]: 'not_found',
  [RepairsErrorCode.InvoicingNotConfigured]: 'conflict',
  [RepairsErrorCode.OrderNotInvoiceable]: 'conflict',
  [RepairsErrorCode.NothingToInvoice]: 'conflict',
  [RepairsErrorCode.InvoiceAlreadyPaid]: 'conflict',
  [RepairsErrorCode.InvoiceCredited]: 'conflict',
  [RepairsErrorCode.InvoiceNotPayable]: 'conflict',
  [RepairsErrorCode.InvoiceNotCreditable]: 'conflict',
  [RepairsErrorCode.EstimateNotFound]: 'not_found',
  [RepairsErrorCode.EstimateAlreadyDecided]: 'conflict',
  [RepairsErrorCode.EstimateSuperseded]: 'conflict',
  [RepairsErrorCode.EstimateChanged]: 'conflict',
  [RepairsErrorCode.NothingToApprove]: 'conflict',
  [RepairsErrorCode.UnapprovedLines]: 'conflict',
  [RepairsErrorCode.WorkshopNotAcceptingRequests]: 'forbidden',
};

/** Every expected failure of repairs: orders, their lines and status, parts and stock. */
export class RepairsError extends codedDomainError(KIND) {
  static orderNotFound(): RepairsError {
    return new RepairsError(RepairsErrorCode.RepairOrderNotFound, 'No such repair order in this workshop.');
  }

  static lineNotFound(): RepairsError {
    return new RepairsError(RepairsErrorCode.LineNotFound, 'No such line on this repair order.');
  }

  static partNotFound(field?: string): RepairsError {
    return new RepairsError(
      RepairsErrorCode.PartNotFound,
      'No such part in this workshop.',
      field ? [{ field, message: 'names no part of this workshop' }] : undefined,
    );
  }

  static insufficientStock(onHand: number, requested: number): RepairsError {
    return new RepairsError(
      RepairsErrorCode.InsufficientStock,
      `Not enough in stock: ${onHand} on hand, ${requested} requested.`,
      undefined,
      { onHand, requested },
    );
  }

  /** 409 naming where the order may go from here (`reserved` explains an invoice-only target). */
  static invalidTransition(from: string, to: string, allowed: readonly string[], reserved: string): RepairsError {
    return new RepairsError(
      RepairsErrorCode.InvalidTransition,
      `A repair order that is ${from} cannot become ${to}.${reserved}`,
      undefined,
      { allowed },
    );
  }

  /** A suspended workshop's customer links: they open nothing and record nothing. */
  static workshopNotAcceptingRequests(): RepairsError {
    return new RepairsError(
      RepairsErrorCode.WorkshopNotAcceptingRequests,
      'This workshop is not taking requests online at the moment; please contact it directly.',
    );
  }

  static invalid(field: string, message: string): RepairsError {
    return new RepairsError(RepairsErrorCode.InvalidRequest, `The ${field} is not valid.`, [{ field, message }]);
  }
}
