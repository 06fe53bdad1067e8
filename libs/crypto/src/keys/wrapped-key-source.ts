import { WrappedDataKey } from './data-keys';

/**
 * Where a workshop's wrapped data key is stored. The identity context implements it (the key
 * lives on the workshop's row); crypto stays free of any table.
 */
export interface WrappedKeySource {
  wrappedDataKey(tenantId: string): Promise<WrappedDataKey>;
}
