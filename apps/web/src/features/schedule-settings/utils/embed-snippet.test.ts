import { describe, expect, it } from 'vitest';
import { bookingPageUrl, embedSnippet } from './embed-snippet';

describe('the booking widget snippet', () => {
  it('frames the booking page with embed=1 on this site', () => {
    const snippet = embedSnippet('https://app.pitlane.test', 'kowalski-auto', 'Book a visit at Kowalski Auto');
    expect(snippet).toContain('<iframe src="https://app.pitlane.test/book/kowalski-auto?embed=1"');
    expect(snippet).toContain('title="Book a visit at Kowalski Auto"');
    expect(snippet.trim().endsWith('</iframe>')).toBe(true);
  });

  it('escapes a workshop name that would break out of the attribute', () => {
    const snippet = embedSnippet('https://x.test', 'a-b', 'Book at "Bob" <script>');
    expect(snippet).toContain('title="Book at &quot;Bob&quot; &lt;script&gt;"');
    expect(snippet).not.toContain('<script>');
  });

  it('links the page itself without embed', () => {
    expect(bookingPageUrl('https://x.test', 'a-b')).toBe('https://x.test/book/a-b');
  });
});
