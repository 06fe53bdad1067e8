import { z } from 'zod';

export const CALENDAR_VIEWS = ['day', 'week'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/**
 * `/calendar?view=week&date=2026-03-30&bay=2`: what the calendar shows lives in the URL
 * (shareable, Back works). A bad value falls back to its default (today, day view, every bay).
 */
export const calendarSearchSchema = z.object({
  view: z.enum(CALENDAR_VIEWS).optional().catch(undefined),
  date: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
    .optional()
    .catch(undefined),
  bay: z.coerce.number().int().min(1).max(50).optional().catch(undefined),
});
export type CalendarSearch = z.output<typeof calendarSearchSchema>;
