import type { CSSProperties } from 'react';
import { Toaster as Sonner } from 'sonner';

/**
 * Sonner's rich colours in the theme's own: its light success and error text fall short of the
 * 4.5:1 contrast on their backgrounds (axe), ours meet it in light and dark.
 */
const RICH_COLORS = {
  '--success-bg': 'var(--color-success-soft)',
  '--success-border': 'var(--color-success)',
  '--success-text': 'var(--color-success)',
  '--error-bg': 'var(--color-danger-soft)',
  '--error-border': 'var(--color-danger)',
  '--error-text': 'var(--color-danger)',
  '--warning-bg': 'var(--color-warning-soft)',
  '--warning-border': 'var(--color-warning)',
  '--warning-text': 'var(--color-warning)',
} as CSSProperties;

/** Toasts for outcomes away from the control (saved, sent); errors stay in place, not here. */
export function Toaster() {
  return <Sonner position="top-center" richColors closeButton theme="system" style={RICH_COLORS} />;
}
