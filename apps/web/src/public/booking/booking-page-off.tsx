import { CalendarOff, Mail, Phone } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { PublicWorkshop } from '../api/public-api';
import { PublicLayout } from '../shared/public-layout';

/**
 * The workshop switched its booking page off (the API still names it, with no services): say
 * so in its language and give its public phone and e-mail, not an error.
 */
export function BookingPageOff({ workshop }: { readonly workshop: PublicWorkshop }) {
  const { t } = useTranslation('public');
  const contacts = [
    workshop.phone
      ? {
          icon: <Phone aria-hidden="true" className="size-5 shrink-0" />,
          label: t('phone'),
          value: workshop.phone,
          href: `tel:${workshop.phone.replace(/[^\d+]/g, '')}`,
        }
      : null,
    workshop.email
      ? {
          icon: <Mail aria-hidden="true" className="size-5 shrink-0" />,
          label: t('off.email'),
          value: workshop.email,
          href: `mailto:${workshop.email}`,
        }
      : null,
  ].filter((contact) => contact !== null);
  return (
    <PublicLayout workshop={workshop}>
      <section className="mx-auto flex max-w-md flex-1 flex-col items-center justify-center gap-4 py-10 text-center">
        <CalendarOff aria-hidden="true" className="size-12 text-brand" />
        <h1 className="text-2xl font-bold">{t('off.title', { workshop: workshop.name })}</h1>
        <p className="text-ink-muted">{contacts.length > 0 ? t('off.body') : t('off.bodyNoContact')}</p>
        {contacts.length > 0 ? (
          <ul className="flex w-full flex-col gap-2">
            {contacts.map((contact) => (
              <li key={contact.href}>
                <a
                  href={contact.href}
                  className="flex min-h-12 items-center justify-center gap-2 rounded-lg border border-line bg-surface px-4 font-semibold text-ink hover:bg-surface-2"
                >
                  {contact.icon}
                  <span className="sr-only">{contact.label}: </span>
                  <span className="break-all">{contact.value}</span>
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </PublicLayout>
  );
}
