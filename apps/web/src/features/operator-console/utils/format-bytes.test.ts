import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it('says bytes under a kilobyte as they are and larger sizes with one decimal', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 ** 3, 'en')).toBe('5 GB');
  });

  it("uses the language's decimal mark", () => {
    expect(formatBytes(1536, 'pl')).toBe('1,5 KB');
    expect(formatBytes(1536, 'da')).toBe('1,5 KB');
  });
});
