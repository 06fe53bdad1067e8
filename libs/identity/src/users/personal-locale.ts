import type { Locale } from '../tenants/tenant.entity';

/**
 * The language of a mail addressed to a member of staff (a code, a link, a security notice):
 * their own when they chose one, the workshop's otherwise. Mails to customers and invitations to
 * addresses without an account always speak the workshop's.
 */
export function personalLocale(
  person: { readonly locale?: Locale | null },
  workshop: { readonly locale: Locale },
): Locale {
  return person.locale ?? workshop.locale;
}
