import { FieldDecryptionError } from './field-decryption.error';

const LOCATION = { tenantId: 'tenant-1', table: 'customers', column: 'national_id', rowId: 'row-7' };

describe('FieldDecryptionError', () => {
  it('is an Error naming the cell that failed', () => {
    const error = new FieldDecryptionError(LOCATION);

    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('FieldDecryptionError');
    expect(error.location).toBe(LOCATION);
    expect(error.message).toBe(
      'Cannot decrypt customers.national_id of row row-7 (tenant tenant-1): authentication failed',
    );
  });

  it('can say the format is unsupported instead', () => {
    expect(new FieldDecryptionError(LOCATION, 'unsupported format').message).toBe(
      'Cannot decrypt customers.national_id of row row-7 (tenant tenant-1): unsupported format',
    );
  });
});
