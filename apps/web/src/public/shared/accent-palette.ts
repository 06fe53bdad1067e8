/**
 * The workshop's accent colour (booking page settings) turned into the page's brand tokens, for
 * the light and the dark scheme, with contrast kept AA: the text on an accent fill is black or
 * white, whichever reads better (one of them always reaches 4.5:1); text drawn in the accent
 * colour itself (a "Change" link) uses it only where it reaches 4.5:1 on the page, else the
 * nearest shade of it that does. A colour too light or too dark for text still colours the fills,
 * borders, the progress bar and the icons.
 */

export interface BrandTokens {
  /** Fills (primary button, chosen day and time), borders and icons. */
  readonly brand: string;
  /** A primary button's hover fill: a step further from its text colour. */
  readonly brandStrong: string;
  /** Text on a brand fill. */
  readonly brandInk: string;
  /** A chosen card's background: a tint of the accent under ordinary text. */
  readonly brandSoft: string;
  /** Text drawn in the accent colour on the page. */
  readonly brandText: string;
}

export interface AccentPalette {
  readonly light: BrandTokens;
  readonly dark: BrandTokens;
}

type Rgb = readonly [number, number, number];

const HEX = /^#([0-9a-f]{6})$/i;
const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

/** The page colours the accent sits on (theme.css), per scheme: surface, canvas and ink. */
const SCHEMES = {
  light: { surface: parse('#ffffff'), canvas: parse('#f6f7f9'), ink: parse('#14181f') },
  dark: { surface: parse('#151b23'), canvas: parse('#0d1117'), ink: parse('#e8ecf2') },
} as const;

const TEXT_CONTRAST = 4.5;

function parse(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  return contrastOf(parse(a), parse(b));
}

function contrastOf(a: Rgb, b: Rgb): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** Rounded to whole channels, so every contrast checked is that of the colour written out. */
function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(from[i]! + (to[i]! - from[i]!) * amount)) as unknown as Rgb;
}

/** The first shade from `colour` towards `target`, in 5 % steps, that reads on every background. */
function shadeReading(colour: Rgb, target: Rgb, backgrounds: readonly Rgb[]): Rgb {
  for (let step = 0; step <= 20; step++) {
    const shade = mix(colour, target, step / 20);
    if (backgrounds.every((background) => contrastOf(shade, background) >= TEXT_CONTRAST)) return shade;
  }
  return target;
}

function tokens(accent: Rgb, scheme: keyof typeof SCHEMES): BrandTokens {
  const { surface, canvas, ink } = SCHEMES[scheme];
  const ink4Fill = contrastOf(accent, WHITE) >= contrastOf(accent, BLACK) ? WHITE : BLACK;
  // Away from the text colour: the hover fill only gains contrast.
  const strong = mix(accent, ink4Fill === WHITE ? BLACK : WHITE, 0.15);
  const soft = mix(surface, accent, scheme === 'light' ? 0.1 : 0.2);
  return {
    brand: toHex(accent),
    brandStrong: toHex(strong),
    brandInk: toHex(ink4Fill),
    brandSoft: toHex(contrastOf(ink, soft) >= TEXT_CONTRAST ? soft : surface),
    brandText: toHex(shadeReading(accent, ink, [surface, canvas])),
  };
}

/** The palette of a `#rrggbb` accent, or null for anything else (the theme's own colours stay). */
export function accentPalette(accent: string | null | undefined): AccentPalette | null {
  if (!accent || !HEX.test(accent)) return null;
  const rgb = parse(accent);
  return { light: tokens(rgb, 'light'), dark: tokens(rgb, 'dark') };
}
