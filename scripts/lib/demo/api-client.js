'use strict';
// The demo workshop is built the way a person would build it: through Pitlane's public HTTP API,
// so every rule the product enforces (VIN check digits, the order workflow, stock) holds for it.

/**
 * Estimate links carry a signed token in the path (booking routes take it in the body); it never
 * reaches an error message or a log.
 */
function redact(route) {
  return route.replace(
    /\/public\/(estimates|bookings)\/(?!(?:view|manage|calendar-file)(?:[/?]|$))[^/?]+/,
    '/public/$1/:token',
  );
}

class DemoApiError extends Error {
  constructor(method, route, status, body) {
    const detail = body && typeof body === 'object' ? body.detail || body.title || JSON.stringify(body) : body;
    super(`${method} ${redact(route)} answered ${status}: ${detail}`);
    this.status = status;
    this.body = body;
  }
}

const PAGE_LIMIT = 100;
const MAX_RATE_LIMIT_WAIT_S = 30;

/** A thin JSON client for /api/v1, signed in as one person (or as nobody for public routes). */
class DemoApi {
  /** @param {string} baseUrl @param {string} [accessToken] */
  constructor(baseUrl, accessToken) {
    this.baseUrl = baseUrl;
    this.accessToken = accessToken;
  }

  as(accessToken) {
    return new DemoApi(this.baseUrl, accessToken);
  }

  async request(method, route, body) {
    for (;;) {
      const response = await fetch(`${this.baseUrl}/api/v1${route}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(this.accessToken ? { authorization: `Bearer ${this.accessToken}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      const parsed = text ? safeJson(text) : null;
      // Sign-in routes are rate limited per address; a restart right after another may meet the window.
      const retryAfter = Number(response.headers.get('retry-after'));
      if (response.status === 429 && retryAfter > 0 && retryAfter <= MAX_RATE_LIMIT_WAIT_S) {
        await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
        continue;
      }
      if (!response.ok) throw new DemoApiError(method, route, response.status, parsed);
      return parsed;
    }
  }

  get(route) {
    return this.request('GET', route);
  }

  post(route, body = {}) {
    return this.request('POST', route, body);
  }

  patch(route, body) {
    return this.request('PATCH', route, body);
  }

  put(route, body = {}) {
    return this.request('PUT', route, body);
  }

  /** Every item of a paged list (`{ items, total }`), a hundred at a time. */
  async all(route) {
    const items = [];
    const separator = route.includes('?') ? '&' : '?';
    for (let page = 1; ; page += 1) {
      const answer = await this.get(`${route}${separator}page=${page}&limit=${PAGE_LIMIT}`);
      items.push(...answer.items);
      if (answer.items.length < PAGE_LIMIT || items.length >= answer.total) return items;
    }
  }
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

module.exports = { DemoApi, DemoApiError };
