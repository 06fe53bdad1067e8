import { addDays, localDate, yearOf } from './invoice-dates';

describe('invoice dates in the workshop time zone', () => {
  it('dates a new-year instant in Warsaw in the new year while UTC is still in the old one', () => {
    const instant = new Date('2026-12-31T23:30:00Z');
    expect(localDate(instant, 'Europe/Warsaw')).toBe('2027-01-01');
    expect(localDate(instant, 'UTC')).toBe('2026-12-31');
    expect(yearOf(localDate(instant, 'Europe/Warsaw'))).toBe(2027);
  });

  it('keeps the old year one second before local midnight', () => {
    expect(localDate(new Date('2026-12-31T22:59:59Z'), 'Europe/Warsaw')).toBe('2026-12-31');
    expect(localDate(new Date('2027-01-01T04:59:59Z'), 'America/New_York')).toBe('2026-12-31');
  });

  it('adds payment terms across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-20', 14)).toBe('2027-01-03');
    expect(addDays('2028-02-15', 14)).toBe('2028-02-29');
    expect(addDays('2026-03-01', 0)).toBe('2026-03-01');
  });
});
