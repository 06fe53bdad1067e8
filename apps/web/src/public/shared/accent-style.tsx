import { useMemo } from 'react';
import { type BrandTokens, accentPalette } from './accent-palette';

/**
 * Text in the accent colour (a "Change" link): the workshop's readable shade when it has an
 * accent, the theme's brand colour otherwise.
 */
export const BRAND_TEXT = 'text-[var(--color-brand-text,var(--color-brand))]';

function declarations(tokens: BrandTokens): string {
  return [
    `--color-brand:${tokens.brand}`,
    `--color-brand-strong:${tokens.brandStrong}`,
    `--color-brand-ink:${tokens.brandInk}`,
    `--color-brand-soft:${tokens.brandSoft}`,
    `--color-brand-text:${tokens.brandText}`,
  ].join(';');
}

/**
 * The workshop's accent colour as the page's brand tokens, in both schemes. Unlayered, so it wins
 * over the theme's layered tokens; the colour is a validated `#rrggbb`, nothing else reaches the
 * style sheet.
 */
export function AccentStyle({ accent }: { readonly accent: string | null | undefined }) {
  const palette = useMemo(() => accentPalette(accent), [accent]);
  if (!palette) return null;
  return (
    <style href={`pitlane-accent-${accent!.slice(1).toLowerCase()}`} precedence="high">
      {`:root{${declarations(palette.light)}}:root.dark{${declarations(palette.dark)}}`}
    </style>
  );
}
