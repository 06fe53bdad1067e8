/**
 * A mail that cannot be rendered: a missing or malformed variable, an unsafe link, an unknown
 * template or locale. Rendering it again gives the same answer, so a queue should not retry.
 */
export class MailRenderError extends Error {
  override readonly name = 'MailRenderError';
}
