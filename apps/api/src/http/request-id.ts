import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Http2ServerRequest } from 'node:http2';

const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/;

/** A caller's `X-Request-Id` when it is well formed (so it can be trusted in logs), else a UUID. */
export function requestIdOf(request: IncomingMessage | Http2ServerRequest): string {
  const header = request.headers['x-request-id'];
  return typeof header === 'string' && WELL_FORMED.test(header) ? header : randomUUID();
}
