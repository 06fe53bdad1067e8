import { BOOKING_PAGE_FRAME_ANCESTORS, contentSecurityPolicyFor } from './content-security-policy';

function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicyFor', () => {
  it.each(['/', '/login', '/vehicles/1', '/estimate', '/booking', '/api/v1/vehicles', '/api/docs-json'])(
    'runs %s without inline scripts, unframeable',
    (pathname) => {
      const policy = directivesOf(contentSecurityPolicyFor(pathname));
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('script-src-attr')).toEqual(["'none'"]);
      expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
      expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      // Frames only of our own pages and Blob URLs (the invoice PDF, fetched with the token in a header).
      expect(policy.get('frame-src')).toEqual(["'self'", 'blob:']);
    },
  );

  it.each(['/book', '/book/kowalski-garage', '/book/kowalski-garage/confirm'])(
    'lets whom BOOKING_PAGE_FRAME_ANCESTORS names frame %s, otherwise as strict',
    (pathname) => {
      const policy = directivesOf(contentSecurityPolicyFor(pathname));
      expect(policy.get('frame-ancestors')).toEqual([...BOOKING_PAGE_FRAME_ANCESTORS]);
      expect(policy.get('script-src')).toEqual(["'self'"]);
    },
  );

  it('keeps inline scripts to the OpenAPI UI under /api/docs', () => {
    for (const pathname of ['/api/docs', '/api/docs/', '/api/docs/swagger-ui-init.js']) {
      expect(directivesOf(contentSecurityPolicyFor(pathname)).get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    }
    expect(directivesOf(contentSecurityPolicyFor('/api/docsy')).get('script-src')).toEqual(["'self'"]);
  });
});
