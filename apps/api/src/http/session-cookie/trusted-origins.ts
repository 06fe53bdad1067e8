import { DomainError } from '@pitlane/core';

/** A cookie-mode request sent from a page of another origin. */
export class ForeignOriginError extends DomainError {
  readonly code = 'foreign_origin';
  readonly kind = 'forbidden';

  constructor() {
    super('Browser sessions are only served to the web app’s own origin.');
  }
}

/**
 * The origins whose pages may use browser sessions: PUBLIC_BASE_URL's and CORS_ORIGINS. The
 * refresh cookie is SameSite=Strict and the API takes only JSON bodies (no cross-site form can
 * post one), so this is the third wall against cross-site request forgery: it also stops a
 * sibling site under the same parent domain, which SameSite counts as the same site.
 */
export class TrustedOrigins {
  private readonly origins: ReadonlySet<string>;

  constructor(publicBaseUrl: string, corsOrigins: readonly string[]) {
    this.origins = new Set(
      [publicBaseUrl, ...corsOrigins].map(originOf).filter((origin): origin is string => origin !== undefined),
    );
  }

  /**
   * True for a request that names no origin (not sent by a page of another origin) or one of
   * ours; false for any other, including the opaque `null` of sandboxed frames and data URLs.
   */
  allows(header: string | readonly string[] | undefined): boolean {
    if (header === undefined) return true;
    const origin = typeof header === 'string' ? originOf(header) : undefined;
    return origin !== undefined && this.origins.has(origin);
  }
}

/** `scheme://host[:port]`, lower case and without a default port; undefined for anything else. */
function originOf(value: string): string | undefined {
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}
