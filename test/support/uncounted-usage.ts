/**
 * A workshop's usage figures before the rollup has counted it: every figure null, not 0, and no
 * rollup time. The operator console and the tenant directory promise the same.
 */
export const UNCOUNTED_USAGE = {
  usageRolledUpAt: null,
  staffCount: null,
  vehicles: null,
  clients: null,
  orders: null,
  invoices: null,
  storageBytes: null,
  vehicles30d: null,
  orders30d: null,
  invoices30d: null,
  mailsSent30d: null,
  mailsFailed30d: null,
} as const;
