/**
 * Who and what an invoice is about, frozen when it is issued: later edits of the workshop's
 * details, the client or the car never change an issued invoice. No VIN and no national id.
 */
export interface SellerSnapshot {
  readonly legalName: string;
  readonly addressLines: readonly string[];
  readonly taxId: string;
  readonly bankName: string | null;
  readonly bankAccount: string;
  readonly paymentTermsDays: number;
  readonly footer: string | null;
}

/** `name` is null when the client was erased under GDPR before the invoice was issued. */
export interface BuyerSnapshot {
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
}

export interface VehicleSnapshot {
  readonly plate: string | null;
  readonly make: string;
  readonly model: string;
  readonly year: number | null;
  readonly mileageKm: number | null;
}
