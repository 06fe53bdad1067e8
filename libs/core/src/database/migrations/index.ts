import { Identity1795263400000 } from './1795263400000-identity';

/** Every migration, in order. Listed explicitly so a build can never miss one. */
export const MIGRATIONS = [Identity1795263400000];
