import { GarageSearchRecord, SearchableType } from '@pitlane/garage';

/**
 * What the index keeps of a client or vehicle: words to match, a plate key, phone digits and
 * the VIN's blind indexes (hex). Never a VIN, a national id, or anything decryptable.
 */
export interface SearchDocument {
  readonly tenantId: string;
  readonly type: SearchableType;
  readonly id: string;
  /** External version: grows with every write of the row (or its owner), in commit order. */
  readonly version: number;
  /** The client's, or the vehicle owner's, name. */
  readonly personName: string | null;
  /** Make, model and engine: "Volkswagen Golf 1.9 TDI". */
  readonly vehicle: string | null;
  readonly year: number | null;
  /** As entered: "WA 12345". */
  readonly plate: string | null;
  /** Upper-case letters and digits: "WA12345". */
  readonly plateKey: string | null;
  /** E.164 digits without "+": "48601234567". */
  readonly phoneDigits: string | null;
  readonly email: string | null;
  readonly vinIndex: string | null;
  readonly vinTailIndex: string | null;
}

/** A document to remove: the row is gone (deleted, erased) at `version`. */
export interface SearchDeletion {
  readonly tenantId: string;
  readonly type: SearchableType;
  readonly id: string;
  readonly version: number;
}

export function toSearchDocument(record: GarageSearchRecord): SearchDocument {
  const version = Number(record.version);
  if (record.type === 'client') {
    return {
      tenantId: record.tenantId,
      type: 'client',
      id: record.id,
      version,
      personName: `${record.firstName} ${record.lastName}`,
      vehicle: null,
      year: null,
      plate: null,
      plateKey: null,
      phoneDigits: digitsOf(record.phone),
      email: record.email,
      vinIndex: null,
      vinTailIndex: null,
    };
  }
  return {
    tenantId: record.tenantId,
    type: 'vehicle',
    id: record.id,
    version,
    personName: record.owner ? `${record.owner.firstName} ${record.owner.lastName}` : null,
    vehicle: [record.make, record.model, record.engine].filter((part) => part !== null && part !== '').join(' '),
    year: record.year,
    plate: record.plate,
    plateKey: record.plateKey,
    phoneDigits: digitsOf(record.owner?.phone ?? null),
    email: null,
    vinIndex: record.vinIndex?.toString('hex') ?? null,
    vinTailIndex: record.vinTailIndex?.toString('hex') ?? null,
  };
}

/**
 * The words fuzzy matching sees, in the order people name a car: plate, car, year, owner. Plate
 * keys and phone digits have indexes of their own; kept out of here, the text stays short, and
 * trigram similarity (whose cost grows with the text) stays cheap.
 */
export function searchableText(document: SearchDocument): string {
  return [
    document.plate,
    document.vehicle,
    document.year === null ? null : String(document.year),
    document.personName,
    document.email,
  ]
    .filter((part): part is string => part !== null && part !== '')
    .join(' ');
}

function digitsOf(e164: string | null): string | null {
  return e164 ? e164.replace(/\D/g, '') : null;
}
