/** The address of the workshop's public booking page on this site; `embed` for the widget. */
export function bookingPageUrl(origin: string, slug: string, embed = false): string {
  return `${origin}/book/${encodeURIComponent(slug)}${embed ? '?embed=1' : ''}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The HTML a workshop pastes into its own site: an iframe of the booking page without its outer
 * chrome (`?embed=1`), full width up to a phone-like column, with a title for screen readers.
 */
export function embedSnippet(origin: string, slug: string, title: string): string {
  return [
    `<iframe src="${escapeAttribute(bookingPageUrl(origin, slug, true))}"`,
    `  title="${escapeAttribute(title)}"`,
    `  width="100%" height="760" loading="lazy"`,
    `  style="border:0;max-width:560px;width:100%"></iframe>`,
  ].join('\n');
}
