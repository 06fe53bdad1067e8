import { describe, expect, it } from 'vitest';
import { accentPalette, contrast } from './accent-palette';

const SURFACES = { light: ['#ffffff', '#f6f7f9'], dark: ['#151b23', '#0d1117'] } as const;
const INK = { light: '#14181f', dark: '#e8ecf2' } as const;

describe('accentPalette', () => {
  it.each([
    ['the theme orange', '#c2410c'],
    ['a light yellow', '#fde047'],
    ['a pale pink', '#fbcfe8'],
    ['a navy', '#1e3a8a'],
    ['a mid grey', '#777777'],
    ['black', '#000000'],
    ['white', '#ffffff'],
    ['a mid green', '#22c55e'],
  ])('keeps every text AA on %s (%s) in both schemes', (_name, accent) => {
    const palette = accentPalette(accent)!;
    for (const scheme of ['light', 'dark'] as const) {
      const tokens = palette[scheme];
      expect(contrast(tokens.brandInk, tokens.brand)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(tokens.brandInk, tokens.brandStrong)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(INK[scheme], tokens.brandSoft)).toBeGreaterThanOrEqual(4.5);
      for (const surface of SURFACES[scheme]) {
        expect(contrast(tokens.brandText, surface)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('fills with the accent itself, whatever its lightness', () => {
    expect(accentPalette('#FDE047')!.light.brand).toBe('#fde047');
    expect(accentPalette('#1e3a8a')!.dark.brand).toBe('#1e3a8a');
  });

  it('writes dark text on a light accent and white text on a dark one', () => {
    expect(accentPalette('#fde047')!.light.brandInk).toBe('#000000');
    expect(accentPalette('#1e3a8a')!.light.brandInk).toBe('#ffffff');
  });

  it('draws text in the accent itself when it reads, and in a darker shade of it when it is too light', () => {
    expect(accentPalette('#1e3a8a')!.light.brandText).toBe('#1e3a8a');
    const yellow = accentPalette('#fde047')!.light.brandText;
    expect(yellow).not.toBe('#fde047');
    expect(contrast(yellow, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it.each([null, undefined, '', 'red', '#abc', '#12345g', 'url(x)', '#c2410c;color:red'])(
    'leaves the theme alone for %j',
    (value) => {
      expect(accentPalette(value)).toBeNull();
    },
  );
});
