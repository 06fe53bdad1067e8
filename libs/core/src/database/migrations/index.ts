import { Identity1795263400000 } from './1795263400000-identity';
import { Garage1795267000000 } from './1795267000000-garage';
import { KeyRotation1795268000000 } from './1795268000000-key-rotation';
import { MailLedger1795270000000 } from './1795270000000-mail-ledger';

/** Every migration, in order. Listed explicitly so a build can never miss one. */
export const MIGRATIONS = [
  Identity1795263400000,
  Garage1795267000000,
  KeyRotation1795268000000,
  MailLedger1795270000000,
];
