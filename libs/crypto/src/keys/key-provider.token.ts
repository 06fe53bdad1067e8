/** Injection token of the active `KeyProvider`. */
export const KEY_PROVIDER = Symbol('KEY_PROVIDER');
