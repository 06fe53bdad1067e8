import { TrustedOrigins } from './trusted-origins';

describe('which origins may use browser sessions', () => {
  const origins = new TrustedOrigins('https://app.pitlane.example', ['http://localhost:5173', '*']);

  it.each<[string, string | string[] | undefined, boolean]>([
    ['no Origin header (not a cross-origin browser call)', undefined, true],
    ["PUBLIC_BASE_URL's origin", 'https://app.pitlane.example', true],
    ['the same, with a default port spelled out', 'https://app.pitlane.example:443', true],
    ['the same, in capitals', 'HTTPS://APP.PITLANE.EXAMPLE', true],
    ['a CORS origin', 'http://localhost:5173', true],
    ['another site', 'https://evil.example', false],
    ['a sibling under the same parent domain', 'https://shop.pitlane.example', false],
    ['the right host over plain http', 'http://app.pitlane.example', false],
    ['the right host on another port', 'https://app.pitlane.example:8443', false],
    ['a look-alike suffix', 'https://app.pitlane.example.evil.example', false],
    ['the opaque origin of a sandboxed frame', 'null', false],
    ['garbage', 'not an origin', false],
    ['an empty header', '', false],
    ['two Origin headers', ['https://app.pitlane.example', 'https://evil.example'], false],
    ['"*" in CORS_ORIGINS trusts nobody', 'https://anyone.example', false],
  ])('%s', (_rule, header, allowed) => {
    expect(origins.allows(header)).toBe(allowed);
  });
});
