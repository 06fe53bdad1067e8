import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-file-name';

describe('exportFileName', () => {
  const day = new Date('2026-12-06T10:00:00Z');

  it('names the client in plain ASCII with the day', () => {
    expect(exportFileName('Nowak', day)).toBe('client-export-nowak-2026-12-06.json');
    expect(exportFileName('Żółkiewska-Łoś', day)).toBe('client-export-zolkiewska-los-2026-12-06.json');
    expect(exportFileName('Søgaard Ærø', day)).toBe('client-export-sogaard-aero-2026-12-06.json');
  });

  it('falls back to "client" when nothing of the name is left', () => {
    expect(exportFileName('—', day)).toBe('client-export-client-2026-12-06.json');
  });
});
