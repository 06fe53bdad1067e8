import { RepairsError, RepairsErrorCode } from '../errors/repairs.error';

/** The invoice failures, each a RepairsError (one problem+json mapping for all of repairs). */
export const InvoiceErrors = {
  notFound(): RepairsError {
    return new RepairsError(RepairsErrorCode.InvoiceNotFound, 'No such invoice in this workshop.');
  },

  /** `missing`: the billing details (API field names) still to be set in /settings/invoicing. */
  notConfigured(missing: readonly string[]): RepairsError {
    return new RepairsError(
      RepairsErrorCode.InvoicingNotConfigured,
      `Set the workshop's invoicing details first (PUT /api/v1/settings/invoicing): ${missing.join(', ')} missing.`,
      undefined,
      { missing },
    );
  },

  orderNotInvoiceable(status: string): RepairsError {
    return new RepairsError(
      RepairsErrorCode.OrderNotInvoiceable,
      `Only a completed repair order can be invoiced; this one is ${status}.`,
      undefined,
      { status },
    );
  },

  nothingToInvoice(): RepairsError {
    return new RepairsError(
      RepairsErrorCode.NothingToInvoice,
      'The repair order has no line to invoice (every line is declined or there are none).',
    );
  },

  alreadyPaid(): RepairsError {
    return new RepairsError(RepairsErrorCode.InvoiceAlreadyPaid, 'The invoice is already paid.');
  },

  credited(): RepairsError {
    return new RepairsError(
      RepairsErrorCode.InvoiceCredited,
      'The invoice has been reversed by a credit note; invoice the repair order again instead.',
    );
  },

  creditNoteNotPayable(): RepairsError {
    return new RepairsError(
      RepairsErrorCode.InvoiceNotPayable,
      'A credit note is not paid through Pitlane: the refund happens outside the system.',
    );
  },

  creditNoteOfCreditNote(): RepairsError {
    return new RepairsError(RepairsErrorCode.InvoiceNotCreditable, 'A credit note cannot itself be credited.');
  },
};
