import { checkVin, normalizeVin, vinTail } from './vin';

/*
 * Expected check digits, worked by hand (transliterate, multiply by 8,7,6,5,4,3,2,10,0,9,8,7,6,5,4,3,2,
 * sum, modulo 11, 10 -> X):
 *   1M8GDM9AXKP042788: 8+28+48+35+16+12+18+10+0+18+56+0+24+10+28+24+16 = 351 = 31*11 + 10 -> X
 *   1HGCM82633A004352: 8+56+42+15+16+24+4+60+0+27+8+0+0+20+12+15+4    = 311 = 28*11 + 3  -> 3
 *   11111111111111111: the weights sum to 89 = 8*11 + 1                                    -> 1
 *   21111111911111111: 89 + 8 (the 2 at weight 8); position 9 weighs 0; 97 = 8*11 + 9       -> 9
 *   WVWZZZ1JZXW000001: 48+35+36+45+36+27+2+10+0+63+48+0+0+0+0+0+2     = 352 = 32*11 + 0  -> 0
 *   WVWZZZ1J0XW000001: position 9 weighs 0, so the same 352                                -> 0
 * J and 1 both count 1, so JHGCM82633A004352 shares 1HGCM82633A004352's digit (3).
 */
describe('normalizeVin', () => {
  it('trims, uppercases and drops spaces, hyphens and dots', () => {
    expect(normalizeVin(' wvw-zzz 1jz xw000001 ')).toBe('WVWZZZ1JZXW000001');
    expect(normalizeVin('WVW.ZZZ.1JZ.XW000001')).toBe('WVWZZZ1JZXW000001');
    expect(normalizeVin('\twvwzzz1jzxw000001\n')).toBe('WVWZZZ1JZXW000001');
  });

  it('uppercases ASCII letters only, so "ß" does not become "SS"', () => {
    expect(normalizeVin('wvwzzz1jzxw0000ß')).toBe('WVWZZZ1JZXW0000ß');
  });
});

describe('checkVin', () => {
  it('accepts a North American VIN whose check digit is X', () => {
    expect(checkVin('1M8GDM9AXKP042788')).toEqual({
      valid: true,
      normalized: '1M8GDM9AXKP042788',
      checkDigit: 'valid',
    });
  });

  it.each(['1HGCM82633A004352', '11111111111111111', '21111111911111111'])(
    'accepts the North American VIN %s with a matching numeric check digit',
    (vin) => {
      expect(checkVin(vin)).toEqual({ valid: true, normalized: vin, checkDigit: 'valid' });
    },
  );

  it.each(['1M8GDM9A1KP042788', '1M8GDM9A0KP042788', '1HGCM826X3A004352', '21111111111111111'])(
    'refuses the North American VIN %s whose check digit does not match',
    (vin) => {
      expect(checkVin(vin)).toEqual({ valid: false, normalized: vin, reason: 'check_digit' });
    },
  );

  it('accepts a European VIN without a check digit as not applicable', () => {
    expect(checkVin('WVWZZZ1JZXW000001')).toEqual({
      valid: true,
      normalized: 'WVWZZZ1JZXW000001',
      checkDigit: 'not_applicable',
    });
  });

  it('marks a matching check digit outside North America as valid', () => {
    expect(checkVin('WVWZZZ1J0XW000001')).toEqual({
      valid: true,
      normalized: 'WVWZZZ1J0XW000001',
      checkDigit: 'valid',
    });
    expect(checkVin('JHGCM82633A004352')).toMatchObject({ valid: true, checkDigit: 'valid' });
  });

  it('does not require the check digit for makers outside regions 1-5', () => {
    expect(checkVin('JHGCM82693A004352')).toMatchObject({ valid: true, checkDigit: 'not_applicable' });
    expect(checkVin('9BWZZZ377VT004251')).toMatchObject({ valid: true });
  });

  it('normalises before checking', () => {
    expect(checkVin(' wvw-zzz 1jz xw000001 ')).toEqual({
      valid: true,
      normalized: 'WVWZZZ1JZXW000001',
      checkDigit: 'not_applicable',
    });
    expect(checkVin('1m8-gdm9a-xkp-042788')).toMatchObject({ valid: true, checkDigit: 'valid' });
  });

  it.each([
    ['16 characters', 'WVWZZZ1JZXW00000'],
    ['18 characters', 'WVWZZZ1JZXW0000011'],
    ['nothing', ''],
    ['only separators', ' - . '],
    ['a "ß" that full case mapping would widen to 17', 'WVWZZZ1JZXW0000ß'],
  ])('refuses %s as the wrong length', (_name, input) => {
    expect(checkVin(input)).toMatchObject({ valid: false, reason: 'length' });
  });

  it.each([
    ['O', 'WVWZZZ1JZXW00000O'],
    ['I', 'WVWZZZ1JZXW00000I'],
    ['Q', 'WVWZZZ1JZXW00000Q'],
    ['a lowercase o', 'wvwzzz1jzxw00000o'],
    ['a symbol', 'WVWZZZ1JZXW00000*'],
    ['an accented letter', 'WVWZZZ1JZXW00000Ä'],
  ])('refuses a VIN containing %s', (_name, input) => {
    expect(checkVin(input)).toMatchObject({ valid: false, reason: 'characters' });
  });

  it('reports the normalised form also when invalid', () => {
    expect(checkVin(' wvw-zzz 1jz xw00000 ')).toEqual({
      valid: false,
      normalized: 'WVWZZZ1JZXW00000',
      reason: 'length',
    });
  });
});

describe('vinTail', () => {
  it('is the last six characters', () => {
    expect(vinTail('WVWZZZ1JZXW000001')).toBe('000001');
    expect(vinTail('1M8GDM9AXKP042788')).toBe('042788');
  });

  it('refuses a value shorter than six characters', () => {
    expect(() => vinTail('12345')).toThrow('A VIN tail needs at least 6 characters');
  });
});
