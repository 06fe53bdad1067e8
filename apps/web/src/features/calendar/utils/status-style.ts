import type { AppointmentStatus } from '../api/calendar-queries';

/**
 * Each status' look: a coloured edge and background with its name in words (never colour
 * alone). Text colours are the theme's strong tones on their own soft backgrounds (4.5:1).
 */
export const STATUS_STYLE: Readonly<Record<AppointmentStatus, { block: string; badge: string }>> = {
  requested: { block: 'border-l-warning bg-warning-soft', badge: 'text-warning' },
  confirmed: { block: 'border-l-brand bg-brand-soft', badge: 'text-brand-strong' },
  checked_in: { block: 'border-l-success bg-success-soft', badge: 'text-success' },
  completed: { block: 'border-l-ink-muted bg-surface-2', badge: 'text-ink-muted' },
  no_show: { block: 'border-l-danger bg-danger-soft', badge: 'text-danger' },
  cancelled: { block: 'border-l-line bg-surface-2', badge: 'text-ink-muted' },
};

/** Where staff may take a status next (the API's own rule, mirrored for the buttons it offers). */
export const NEXT_STATUSES: Readonly<Record<AppointmentStatus, readonly AppointmentStatus[]>> = {
  requested: ['confirmed', 'cancelled'],
  confirmed: ['checked_in', 'no_show', 'cancelled'],
  checked_in: ['completed'],
  no_show: [],
  cancelled: [],
  completed: [],
};

/** Only a booking not yet begun moves or resizes. */
export function isMovable(status: AppointmentStatus): boolean {
  return status === 'requested' || status === 'confirmed';
}
