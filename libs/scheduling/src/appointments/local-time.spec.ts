import { DateTime } from 'luxon';
import { inZone, instantOf, localDateOf, ZoneWriter } from './local-time';

describe('local time', () => {
  it('ZoneWriter and inZone write every 5 minutes across both Warsaw transitions exactly as plain luxon does', () => {
    const writer = new ZoneWriter('Europe/Warsaw');
    for (const day of ['2026-03-28T22:00:00Z', '2026-10-24T22:00:00Z']) {
      const start = Date.parse(day);
      for (let ms = start; ms < start + 26 * 3_600_000; ms += 5 * 60_000) {
        const plain = DateTime.fromMillis(ms, { zone: 'Europe/Warsaw' }).toISO({ suppressMilliseconds: true });
        expect(writer.iso(new Date(ms))).toBe(plain);
        expect(inZone(new Date(ms), 'Europe/Warsaw')).toBe(plain);
      }
    }
    expect(writer.iso(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30:00+02:00');
    expect(writer.iso(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30:00+01:00');
    expect(new ZoneWriter('America/St_Johns').iso(new Date('2026-01-01T12:00:00Z'))).toBe('2026-01-01T08:30:00-03:30');
  });

  it('reads dates in the workshop zone and instants only with an offset', () => {
    expect(localDateOf('2026-03-30', 'Europe/Warsaw')).toBe('2026-03-30');
    expect(localDateOf('2026-03-29T23:30:00Z', 'Europe/Warsaw')).toBe('2026-03-30');
    expect(localDateOf('yesterday', 'Europe/Warsaw')).toBeNull();
    expect(instantOf('2026-03-30T08:00:00')).toBeNull();
    expect(instantOf('2026-03-30T12:00:00+05:00')?.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(DateTime.fromJSDate(instantOf('2026-03-30T07:00:00Z')!).toMillis()).toBe(Date.parse('2026-03-30T07:00:00Z'));
  });
});
