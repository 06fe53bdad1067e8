/** RFC 6265 cookie-octet: printable ASCII without space, DQUOTE, comma, semicolon and backslash. */
const COOKIE_VALUE = /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]+$/;

/**
 * The value of the cookie `name` in a request's Cookie header (`a=1; b=2`, RFC 6265 §4.2), or
 * undefined when it is absent, empty, not made of cookie octets, or sent more than once. Two
 * cookies of one name happen when another site under the same parent domain plants one with a
 * longer path or a wider domain (cookie tossing); picking either could sign the browser into
 * someone else's session, so neither is used. Nothing is percent-decoded: the only cookie read
 * here holds base64url.
 */
export function readCookie(header: string | readonly string[] | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  const joined = typeof header === 'string' ? header : header.join('; ');
  let found: string | undefined;
  for (const pair of joined.split(';')) {
    const equals = pair.indexOf('=');
    if (equals < 0 || pair.slice(0, equals).trim() !== name) continue;
    if (found !== undefined) return undefined;
    found = unquoted(pair.slice(equals + 1).trim());
  }
  return found !== undefined && COOKIE_VALUE.test(found) ? found : undefined;
}

function unquoted(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}
