import { checkCpr, checkNationalId, checkPesel } from './national-id';

/**
 * The PESEL control digit written out again, to confirm every hand-computed test value below
 * before a test relies on it.
 */
function peselControlDigit(firstTen: string): number {
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(firstTen[index]), 0);
  return (10 - (sum % 10)) % 10;
}

function hasValidControlDigit(pesel: string): boolean {
  return peselControlDigit(pesel.slice(0, 10)) === Number(pesel[10]);
}

/*
 * Hand-computed weighted sums (weights 1,3,7,9,1,3,7,9,1,3) and control digits:
 *   4405140135 -> 4+12+0+45+1+12+0+9+3+15 = 101 -> 9     0227140986 -> 0+6+14+63+1+12+0+81+8+18 = 203 -> 7
 *   4413140135 -> 90 -> 0     8402300000 -> 41 -> 9     0002290000 -> 47 -> 3     0022290000 -> 61 -> 9
 *   0422290000 -> 73 -> 7     0042290000 -> 75 -> 5     1032310000 -> 46 -> 4     2021010000 -> 28 -> 2
 *   1033010000 -> 52 -> 8     1020010000 -> 18 -> 2     9981010000 -> 104 -> 6    0041010000 -> 40 -> 0
 *   0061010000 -> 54 -> 6     4405000135 -> 88 -> 2
 * So "02271409862", a value often quoted as an example, has a wrong control digit: it should be 7.
 */
const VALID_PESELS: readonly (readonly [string, string])[] = [
  ['44051401359', '1944-05-14'],
  ['02271409867', '2002-07-14'],
  ['00222900009', '2000-02-29'],
  ['04222900007', '2004-02-29'],
  ['10323100004', '2010-12-31'],
  ['20210100002', '2020-01-01'],
  ['99810100006', '1899-01-01'],
  ['00410100000', '2100-01-01'],
  ['00610100006', '2200-01-01'],
];
const BAD_DATE_PESELS: readonly (readonly [string, string])[] = [
  ['month 13', '44131401350'],
  ['30 February', '84023000009'],
  ['29 February 1900, not a leap year', '00022900003'],
  ['29 February 2100, not a leap year', '00422900005'],
  ['month 33 (2000s month 13)', '10330100008'],
  ['month 20 (2000s month 0)', '10200100002'],
  ['day 0', '44050001352'],
];

describe('the PESEL test values', () => {
  it('have correct control digits, checked independently of the code under test', () => {
    for (const pesel of [...VALID_PESELS.map(([value]) => value), ...BAD_DATE_PESELS.map(([, value]) => value)]) {
      expect([pesel, hasValidControlDigit(pesel)]).toEqual([pesel, true]);
    }
    expect(hasValidControlDigit('02271409862')).toBe(false);
  });
});

describe('checkPesel', () => {
  it.each(VALID_PESELS)('accepts %s, born %s', (pesel, birthDate) => {
    expect(checkPesel(pesel)).toEqual({ valid: true, normalized: pesel, scheme: 'pesel', birthDate });
  });

  it('trims surrounding spaces', () => {
    expect(checkPesel(' 44051401359 ')).toMatchObject({ valid: true, normalized: '44051401359' });
  });

  it.each(['44051401358', '44051401350', '02271409862', '54051401359'])('refuses %s for its checksum', (pesel) => {
    expect(checkPesel(pesel)).toEqual({ valid: false, reason: 'checksum' });
  });

  it.each(BAD_DATE_PESELS)('refuses a birth date on %s', (_name, pesel) => {
    expect(checkPesel(pesel)).toEqual({ valid: false, reason: 'date' });
  });

  it.each(['', '4405140135', '440514013590', '4405140135a', '440514 01359', '44O51401359', '٤٤٠٥١٤٠١٣٥٩'])(
    'refuses "%s" as not 11 digits',
    (input) => {
      expect(checkPesel(input)).toEqual({ valid: false, reason: 'format' });
    },
  );
});

describe('checkCpr', () => {
  it('accepts DDMMYY-SSSS and ten digits alike, normalised to ten digits', () => {
    const expected = { valid: true, normalized: '0101901234', scheme: 'cpr', birthDate: '1990-01-01' };

    expect(checkCpr('010190-1234')).toEqual(expected);
    expect(checkCpr('0101901234')).toEqual(expected);
    expect(checkCpr(' 010190-1234 ')).toEqual(expected);
  });

  it('does not apply the modulus-11 check, which numbers issued since 2007 may fail', () => {
    // 0*4+1*3+0*2+1*7+9*6+0*5+1*4+2*3+3*2+4*1 = 84, and 84 mod 11 = 7
    expect(checkCpr('010190-1234').valid).toBe(true);
  });

  it.each([
    ['010190-0000', '1990-01-01'],
    ['010110-3999', '1910-01-01'],
    ['010136-4000', '2036-01-01'],
    ['010137-4000', '1937-01-01'],
    ['010136-9000', '2036-01-01'],
    ['010137-9000', '1937-01-01'],
    ['010157-5000', '2057-01-01'],
    ['010158-5000', '1858-01-01'],
    ['010100-8000', '2000-01-01'],
    ['311299-8000', '1899-12-31'],
  ])('reads the century of %s from the seventh digit: born %s', (cpr, birthDate) => {
    expect(checkCpr(cpr)).toMatchObject({ valid: true, birthDate });
  });

  it.each([
    ['29 February 2000, a leap year', '290200-4000', '2000-02-29'],
    ['29 February 1996', '290296-1000', '1996-02-29'],
  ])('accepts %s', (_name, cpr, birthDate) => {
    expect(checkCpr(cpr)).toMatchObject({ valid: true, birthDate });
  });

  it.each([
    ['29 February 1900, not a leap year', '290200-2000'],
    ['31 February', '310201-4000'],
    ['31 April', '310490-1234'],
    ['month 13', '011390-1234'],
    ['month 0', '010090-1234'],
    ['day 32', '320190-1234'],
    ['day 0', '000190-1234'],
  ])('refuses a birth date on %s', (_name, cpr) => {
    expect(checkCpr(cpr)).toEqual({ valid: false, reason: 'date' });
  });

  it.each(['', '010190-123', '01019012345', '010190 1234', '01-01-90-1234', '010190--1234', 'abcdef-1234'])(
    'refuses "%s" as malformed',
    (input) => {
      expect(checkCpr(input)).toEqual({ valid: false, reason: 'format' });
    },
  );
});

describe('checkNationalId', () => {
  it('checks Polish numbers as PESEL', () => {
    expect(checkNationalId('PL', '44051401359')).toMatchObject({ valid: true, scheme: 'pesel' });
    expect(checkNationalId('pl', '44051401358')).toEqual({ valid: false, reason: 'checksum' });
  });

  it('checks Danish numbers as CPR', () => {
    expect(checkNationalId('DK', '010190-1234')).toMatchObject({ valid: true, scheme: 'cpr' });
    expect(checkNationalId(' dk ', '320190-1234')).toEqual({ valid: false, reason: 'date' });
  });

  it('accepts a plausible number of another country as unverified, normalised', () => {
    const result = checkNationalId('DE', ' l01x00t47 ');

    expect(result).toEqual({ valid: true, normalized: 'L01X00T47', scheme: 'unverified' });
    expect(result).not.toHaveProperty('birthDate');
    expect(checkNationalId('GB', 'qq 12 34 56 c')).toMatchObject({ valid: true, normalized: 'QQ123456C' });
    expect(checkNationalId('FR', 'AB-12/34')).toMatchObject({ valid: true, normalized: 'AB-12/34' });
  });

  it('accepts 4 to 32 characters after spaces are removed', () => {
    expect(checkNationalId('SE', '1234')).toMatchObject({ valid: true });
    expect(checkNationalId('SE', 'A'.repeat(32))).toMatchObject({ valid: true });
    expect(checkNationalId('SE', '123')).toEqual({ valid: false, reason: 'format' });
    expect(checkNationalId('SE', '1 2 3')).toEqual({ valid: false, reason: 'format' });
    expect(checkNationalId('SE', 'A'.repeat(33))).toEqual({ valid: false, reason: 'format' });
  });

  it.each(['', '    ', 'AB_1234', 'AB.1234', 'ÄB1234', 'AB1234;', 'AB\t1234'])('refuses "%s" as malformed', (input) => {
    expect(checkNationalId('DE', input)).toEqual({ valid: false, reason: 'format' });
  });
});
