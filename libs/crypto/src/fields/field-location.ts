/**
 * Where an encrypted value lives. It is bound into the ciphertext, so a value copied to another
 * row, column, table or workshop no longer decrypts.
 */
export interface FieldLocation {
  readonly tenantId: string;
  readonly table: string;
  readonly column: string;
  readonly rowId: string;
}
