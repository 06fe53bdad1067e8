/**
 * A customer page's link in the mail's own language (`?lang=` before the fragment). The page then
 * fetches that language's messages at once, beside its code, instead of after the API has said
 * whose workshop it is: one round trip less before a phone's first paint. A customer who switches
 * language on the page still gets their pick. Only the language rides in the query; the token
 * stays in the fragment, which no request carries.
 */
export function linkInLanguage(link: string, locale: string): string {
  const url = new URL(link);
  url.searchParams.set('lang', locale);
  return url.toString();
}
