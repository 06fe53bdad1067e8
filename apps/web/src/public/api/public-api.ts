import createFetchClient from 'openapi-fetch';
import { ApiError, asProblem } from '@/lib/api/problem';
import type { components, paths } from '@/lib/api/schema.gen';

export type PublicWorkshop = components['schemas']['PublicWorkshopResponse'];
export type PublicWorkshopSummary = components['schemas']['PublicWorkshopSummary'];
export type PublicService = components['schemas']['PublicServiceResponse'];
export type Availability = components['schemas']['AvailabilityResponse'];
export type PublicBooking = components['schemas']['PublicBookingResponse'];
export type CreatedBooking = components['schemas']['CreatedBookingResponse'];
export type NewBooking = components['schemas']['CreateBookingDto'];
export type PublicEstimate = components['schemas']['PublicEstimateResponse'];
export type EstimateLine = components['schemas']['EstimateLineResponse'];
export type EstimateDecision = Omit<components['schemas']['DecideEstimateDto'], 'token'>;

/**
 * The customer pages' client: no session, no refresh, nothing of the staff app. Manage and
 * estimate tokens go in request bodies only, never in a URL.
 */
const client = createFetchClient<paths>({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
});

async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) throw new ApiError(asProblem(error), response.status);
  return data as T;
}

export function fetchWorkshop(slug: string, signal?: AbortSignal): Promise<PublicWorkshop> {
  return unwrap(client.GET('/api/v1/public/workshops/{slug}', { params: { path: { slug } }, signal }));
}

export function fetchAvailability(
  slug: string,
  range: { from: string; to: string; serviceIds: readonly string[] },
  signal?: AbortSignal,
): Promise<Availability> {
  return unwrap(
    client.GET('/api/v1/public/workshops/{slug}/availability', {
      params: {
        path: { slug },
        query: { from: range.from, to: range.to, serviceIds: range.serviceIds.join(',') },
      },
      signal,
    }),
  );
}

export function createBooking(slug: string, body: NewBooking): Promise<CreatedBooking> {
  return unwrap(client.POST('/api/v1/public/workshops/{slug}/bookings', { params: { path: { slug } }, body }));
}

export function viewBooking(token: string, signal?: AbortSignal): Promise<PublicBooking> {
  return unwrap(client.POST('/api/v1/public/bookings/view', { body: { token }, signal }));
}

export function cancelBooking(token: string, reason: string): Promise<PublicBooking> {
  const trimmed = reason.trim();
  return unwrap(
    client.POST('/api/v1/public/bookings/manage', {
      body: { token, action: 'cancel', ...(trimmed ? { reason: trimmed } : {}) },
    }),
  );
}

export function rescheduleBooking(token: string, startsAt: string): Promise<PublicBooking> {
  return unwrap(client.POST('/api/v1/public/bookings/manage', { body: { token, action: 'reschedule', startsAt } }));
}

/** The booking's `.ics`, as the mails attach it, for a download link. */
export async function fetchCalendarFile(token: string): Promise<Blob> {
  const { data, error, response } = await client.POST('/api/v1/public/bookings/calendar-file', {
    body: { token },
    parseAs: 'blob',
  });
  if (error !== undefined || !response.ok || !(data instanceof Blob)) {
    throw new ApiError(asProblem(error), response.status);
  }
  return new Blob([data], { type: 'text/calendar' });
}

export function viewEstimate(token: string, signal?: AbortSignal): Promise<PublicEstimate> {
  return unwrap(client.POST('/api/v1/public/estimates/view', { body: { token }, signal }));
}

export function decideEstimate(token: string, decision: EstimateDecision): Promise<PublicEstimate> {
  return unwrap(client.POST('/api/v1/public/estimates/decide', { body: { token, ...decision } }));
}
