import { useSyncExternalStore } from 'react';

/**
 * Chart colours per scheme. SVG attributes take no CSS variables, so the hex values sit here,
 * each at least 3:1 against the card's surface (#ffffff light, #151b23 dark) as WCAG asks of
 * graphics, and told apart by more than hue (the table and legend name every series).
 */
export interface ChartPalette {
  readonly series: readonly [string, string, string];
  readonly axis: string;
  readonly grid: string;
  readonly cursor: string;
}

const LIGHT: ChartPalette = {
  series: ['#1d4ed8', '#c2410c', '#0f766e'],
  axis: '#4a5363',
  grid: '#d5d9e0',
  cursor: '#eef0f3',
};

const DARK: ChartPalette = {
  series: ['#60a5fa', '#fb923c', '#2dd4bf'],
  axis: '#a4afbf',
  grid: '#333d4a',
  cursor: '#1f2731',
};

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const isDark = () => document.documentElement.classList.contains('dark');

/** The palette of the scheme on screen, following the `.dark` class the theme switch sets. */
export function useChartPalette(): ChartPalette {
  return useSyncExternalStore(subscribe, isDark, () => false) ? DARK : LIGHT;
}
