// What the repair-reports seed is made of: the workshop's time zone and year, the names its
// lines and people draw from, and the shape of one workshop's plan.
import type { QueryResult, QueryResultRow } from 'pg';

export const ZONE = 'Europe/Warsaw';
export const DAYS = 365;

export const SERVICES = [
  ...['Oil change', 'Brake pads replacement', 'Brake discs replacement', 'Timing belt replacement'],
  ...['Clutch replacement', 'Air conditioning service', 'Wheel alignment', 'Tyre change', 'Diagnostics'],
  ...['Suspension repair', 'Exhaust repair', 'Battery replacement', 'Spark plugs replacement', 'Coolant flush'],
  ...['Gearbox oil change', 'Headlight adjustment', 'Inspection', 'Water pump replacement'],
  ...['Shock absorbers replacement', 'Cabin filter replacement'],
];
export const FEES = ['Disposal fee', 'Workshop consumables', 'Car wash'];
export const FIRST_NAMES = ['Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Magdalena', 'Jan', 'Ewa', 'Marek'];
export const LAST_NAMES = ['Kowalski', 'Nowak', 'Wisniewski', 'Wojcik', 'Kaminski', 'Lewandowski', 'Zielinski'];

/** One statement on the seeding transaction's connection. */
export type Query = <R extends QueryResultRow = QueryResultRow>(
  sql: string,
  params?: unknown[],
) => Promise<QueryResult<R>>;

export interface WorkshopPlan {
  readonly tenantId: string;
  readonly currency: string;
  readonly orders: number;
  readonly clients: number;
  readonly mechanics: number;
  /** The first local day of the seeded year, ISO (yyyy-mm-dd). */
  readonly yearStart: string;
}
