import { EMAIL_VERIFICATION_LINK_VALID_HOURS } from './link-validity';
import { MAIL_CATALOG } from './mail-catalog';
import { MailRenderError } from './mail-render.error';
import { MailRenderer } from './mail-renderer';
import { MAIL_LOCALES, MAIL_TEMPLATE_NAMES, type MailLocale, type MailTemplateData } from './mail-template';

const LINK = 'https://app.pitlane.example/auth/verify?token=Zm9v_YmFy-42&lang=pl#done';

const SAMPLES: { [K in keyof MailTemplateData]: MailTemplateData[K] } = {
  email_verification: { name: 'Zofia Wiśniewska', link: LINK, addressTaken: 0 },
  password_reset: { name: 'Søren Østergaard', code: '482913', minutes: 10 },
  staff_invitation: { inviterName: 'Jan Kowalski', role: 'mechanic', link: LINK, days: 7 },
  email_change: { name: 'Ewa Nowak', link: LINK },
  mfa_enabled: { name: 'Mette Jørgensen' },
  recovery_code_used: { name: 'Piotr Zieliński', remaining: 3 },
  appointment_confirmation: {
    name: 'Łukasz',
    when: 'Monday, 30 March 2026, 08:00 CEST',
    services: 'Oil change',
    manageLink: LINK,
    calendar: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  },
  appointment_rescheduled: {
    name: 'Łukasz',
    when: 'Monday, 30 March 2026, 09:00 CEST',
    services: 'Oil change',
    calendar: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  },
  appointment_cancelled: {
    name: 'Łukasz',
    when: 'Monday, 30 March 2026, 09:00 CEST',
    services: 'Oil change',
    calendar: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  },
  appointment_reminder: { name: 'Łukasz', when: 'Monday, 30 March 2026, 09:00 CEST', services: 'Oil change' },
  estimate_sent: {
    name: 'Łukasz',
    vehicle: 'WX 1234A Volkswagen Golf',
    orderNumber: 1042,
    version: 2,
    total: '1 234,56 zł',
    link: LINK,
  },
  invoice_issued: {
    name: 'Søren Østergaard',
    number: '2026/000123',
    total: '1 234,56 zł',
    dueDate: '12.12.2026',
    pdf: 'JVBERi0xLjcK',
  },
  car_ready: { name: 'Łukasz', vehicle: 'WX 1234A Volkswagen Golf' },
};

const WORKSHOP = 'Auto-Serwis Kowalski';
const FOOTERS: Record<MailLocale, string> = {
  en: 'Sent by Pitlane on behalf of',
  pl: 'Wiadomość wysłana przez Pitlane w imieniu warsztatu',
  da: 'Sendt af Pitlane på vegne af',
};
const DIACRITICS: Record<Exclude<MailLocale, 'en'>, RegExp> = { pl: /[ąćęłńóśźż]/i, da: /[æøå]/i };

/** Undoes the escaping an HTML attribute may carry. */
function decodeHtml(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(parseInt(decimal, 10)))
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) => decodeHtml(match[1]!));
}

describe('MailRenderer', () => {
  const renderer = new MailRenderer();

  describe.each(MAIL_TEMPLATE_NAMES.flatMap((name) => MAIL_LOCALES.map((locale) => [name, locale] as const)))(
    '%s in %s',
    (name, locale) => {
      const data: Record<string, unknown> = SAMPLES[name];
      const mail = renderer.render(name, locale, SAMPLES[name], WORKSHOP);

      it('renders a subject, a text part and an HTML part that all name the workshop', () => {
        expect(mail.subject).toContain(WORKSHOP);
        expect(mail.subject).not.toMatch(/\n/);
        expect(mail.text).toContain(WORKSHOP);
        expect(mail.html).toContain(`<h1 style="margin:0;`);
        expect(mail.html).toContain(`>${WORKSHOP}</h1>`);
      });

      it('leaves no Handlebars syntax behind', () => {
        for (const part of [mail.subject, mail.text, mail.html]) {
          expect(part).not.toContain('{{');
          expect(part).not.toContain('}}');
          expect(part).not.toContain('undefined');
          expect(part).not.toContain('[object Object]');
        }
      });

      it('says who sent it and why, in the same language, in both parts', () => {
        expect(mail.text).toContain(`\n-- \n${FOOTERS[locale]} ${WORKSHOP}.`);
        expect(mail.html).toContain(`${FOOTERS[locale]} ${WORKSHOP}.`);
        expect(mail.html).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="${locale}"`));
        expect(mail.html).toContain(`<title>${mail.subject}</title>`);
      });

      it('shows every value it was given in both parts', () => {
        for (const [key, value] of Object.entries(data)) {
          if (key === 'role') continue; // translated, see below
          if (key === 'calendar' || key === 'pdf') continue; // attachments, see below
          if (key === 'addressTaken') continue; // picks one of two texts, see the notice test
          expect(mail.text).toContain(String(value));
          if (key !== 'link' && !key.endsWith('Link')) expect(mail.html).toContain(String(value));
        }
      });

      it('attaches the calendar file or invoice PDF it was given, and nothing otherwise', () => {
        const calendar = 'calendar' in data ? data.calendar : undefined;
        const pdf = 'pdf' in data ? data.pdf : undefined;
        expect(mail.attachments).toEqual(
          typeof calendar === 'string'
            ? [{ filename: 'appointment.ics', contentType: 'text/calendar; charset=utf-8', content: calendar }]
            : typeof pdf === 'string'
              ? [
                  {
                    filename: 'invoice-2026-000123.pdf',
                    contentType: 'application/pdf',
                    content: pdf,
                    encoding: 'base64',
                  },
                ]
              : [],
        );
      });

      it('keeps codes and links out of the subject', () => {
        expect(mail.subject).not.toContain('http');
        if ('code' in data) expect(mail.subject).not.toContain(String(data.code));
        if ('link' in data) expect(mail.subject).not.toContain(String(data.link));
      });

      it('emits a link exactly as given: on its own line in text, as the href in HTML', () => {
        if (!('link' in data) && !('manageLink' in data)) {
          expect(hrefs(mail.html)).toEqual([]);
          return;
        }
        expect(mail.text.split('\n')).toContain(LINK);
        expect(hrefs(mail.html)).toEqual([LINK, LINK]);
      });

      it('says how long a link or code stays valid', () => {
        const validity = { email_verification: '24', password_reset: '10', staff_invitation: '7', email_change: '24' };
        if (name in validity) {
          const amount = validity[name as keyof typeof validity];
          expect(mail.text).toMatch(new RegExp(`\\b${amount} \\p{L}+`, 'u'));
          expect(mail.html).toMatch(new RegExp(`\\b${amount} \\p{L}+`, 'u'));
        }
      });

      if (locale !== 'en') {
        it('is written in its own language, not English', () => {
          const english = renderer.render(name, 'en', SAMPLES[name], WORKSHOP);
          expect(mail.subject).not.toBe(english.subject);
          expect(mail.text).not.toBe(english.text);
          expect(mail.text).toMatch(DIACRITICS[locale]);
          expect(mail.text).not.toContain('Sent by Pitlane');
          expect(mail.text).not.toMatch(/\b(the|your|you|and)\b/);
        });
      }
    },
  );

  describe('escaping', () => {
    const workshop = '<script>alert(1)</script> Kowalski & Syn';

    it('escapes the workshop name in HTML and keeps it verbatim in text', () => {
      for (const locale of MAIL_LOCALES) {
        const mail = renderer.render('mfa_enabled', locale, { name: 'Ola' }, workshop);
        expect(mail.text).toContain(workshop);
        expect(mail.subject).toContain(workshop);
        expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Kowalski &amp; Syn');
        expect(mail.html).not.toContain('<script>');
        expect(mail.html).not.toContain('Kowalski & Syn');
      }
    });

    it('escapes every caller-supplied value in HTML', () => {
      const mail = renderer.render(
        'staff_invitation',
        'en',
        { inviterName: 'Anna "<b>" O\'Neil', role: '<i>painter</i>', link: LINK, days: 3 },
        'Garage',
      );
      expect(mail.html).not.toContain('<b>');
      expect(mail.html).not.toContain('<i>');
      expect(mail.html).toContain('&lt;b&gt;');
      expect(mail.html).toContain('&lt;i&gt;painter&lt;/i&gt;');
      expect(mail.text).toContain('Anna "<b>" O\'Neil');
    });

    it('keeps a link with quotes and markup inside its href attribute', () => {
      const link = "https://app.pitlane.example/x?a=\"><script>&b='1'";
      const mail = renderer.render('email_change', 'da', { name: 'Bo', link }, 'Garage');
      expect(mail.html).not.toContain('<script>');
      expect(hrefs(mail.html)).toEqual([link, link]);
      expect(mail.text).toContain(link);
    });
  });

  describe('refusing bad input', () => {
    it('throws when a variable is missing, wherever the template uses it', () => {
      const render = (name: keyof MailTemplateData, data: object) =>
        renderer.render(name, 'en', data as never, WORKSHOP);
      expect(() => render('password_reset', { name: 'Ola', minutes: 10 })).toThrow(/needs "code"/);
      // passed to a partial
      expect(() => render('email_verification', { name: 'Ola', addressTaken: 0 })).toThrow(/needs "link"/);
      expect(() => render('email_verification', { name: 'Ola', link: LINK })).toThrow(/needs "addressTaken"/);
      expect(() => render('recovery_code_used', { name: 'Ola' })).toThrow(/needs "remaining"/); // in an #if
      expect(() => render('staff_invitation', { inviterName: 'A', link: LINK, days: 2 })).toThrow(/needs "role"/);
      expect(() => render('mfa_enabled', { name: null })).toThrow(MailRenderError);
    });

    it('throws when a value is neither a string nor a number', () => {
      expect(() => renderer.render('mfa_enabled', 'en', { name: { first: 'Ola' } } as never, WORKSHOP)).toThrow(
        /must be a string or a finite number/,
      );
      expect(() =>
        renderer.render('password_reset', 'en', { name: 'Ola', code: '1', minutes: Number.NaN }, WORKSHOP),
      ).toThrow(MailRenderError);
    });

    it.each([
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<b>hi</b>',
      'mailto:owner@example.com',
      'ftp://files.example.com/x',
      '/auth/verify?token=abc',
      'app.pitlane.example/verify',
      'https://app.pitlane.example/verify?token=a b',
      ' https://app.pitlane.example/verify',
      'https://app.pitlane.example/verify\n',
      '',
    ])('throws for the link %j', (link) => {
      expect(() =>
        renderer.render('email_verification', 'en', { name: 'Ola', link, addressTaken: 0 }, WORKSHOP),
      ).toThrow(MailRenderError);
    });

    it('accepts plain http links (local development)', () => {
      const link = 'http://localhost:3000/auth/verify?token=abc';
      expect(
        renderer.render('email_verification', 'en', { name: 'Ola', link, addressTaken: 0 }, WORKSHOP).text,
      ).toContain(link);
    });

    it('throws for an unknown locale or template, and without a workshop name', () => {
      expect(() => renderer.render('mfa_enabled', 'de' as MailLocale, { name: 'Ola' }, WORKSHOP)).toThrow(
        /No mail template "mfa_enabled" in locale "de"/,
      );
      expect(() => renderer.render('welcome' as 'mfa_enabled', 'en', { name: 'Ola' }, WORKSHOP)).toThrow(
        MailRenderError,
      );
      expect(() => renderer.render('mfa_enabled', 'en', { name: 'Ola' }, '  ')).toThrow(/workshop's name/);
    });
  });

  describe('language', () => {
    it('uses each language’s plural forms', () => {
      const reset = (locale: MailLocale, minutes: number) =>
        renderer.render('password_reset', locale, { name: 'A', code: '123456', minutes }, WORKSHOP).text;
      expect(reset('en', 1)).toContain('valid for 1 minute and');
      expect(reset('en', 10)).toContain('valid for 10 minutes');
      expect(reset('pl', 1)).toContain('przez 1 minutę');
      expect(reset('pl', 3)).toContain('przez 3 minuty');
      expect(reset('pl', 5)).toContain('przez 5 minut ');
      expect(reset('pl', 22)).toContain('przez 22 minuty');
      expect(reset('da', 1)).toContain('i 1 minut ');
      expect(reset('da', 15)).toContain('i 15 minutter');
      const invite = (locale: MailLocale, days: number) =>
        renderer.render('staff_invitation', locale, { inviterName: 'A', role: 'owner', link: LINK, days }, WORKSHOP)
          .text;
      expect(invite('pl', 1)).toContain('przez 1 dzień');
      expect(invite('pl', 7)).toContain('przez 7 dni');
      expect(invite('da', 1)).toContain('i 1 dag.');
      expect(invite('da', 7)).toContain('i 7 dage.');
    });

    it('states the verification link’s validity from the shared constant', () => {
      const mail = renderer.render('email_verification', 'en', SAMPLES.email_verification, WORKSHOP);
      expect(mail.text).toContain(`valid for ${EMAIL_VERIFICATION_LINK_VALID_HOURS} hours`);
    });

    it.each(MAIL_LOCALES)(
      'tells the owner of a taken address (%s) that it was used, sends them to sign in, and offers no confirmation',
      (locale) => {
        const signIn = 'https://pitlane.example/login';
        const usual = renderer.render(
          'email_verification',
          locale,
          { name: 'Ola', link: LINK, addressTaken: 0 },
          WORKSHOP,
        );
        const notice = renderer.render(
          'email_verification',
          locale,
          { name: 'Ola', link: signIn, addressTaken: 1 },
          WORKSHOP,
        );
        expect(notice.subject).not.toEqual(usual.subject);
        expect(notice.text).toContain(signIn);
        expect(notice.html).toContain(signIn);
        expect(notice.text).not.toContain(String(EMAIL_VERIFICATION_LINK_VALID_HOURS));
        expect(notice.text).toContain('Pitlane');
      },
    );

    it('names known roles in the mail’s language and shows other roles as given', () => {
      const role = (locale: MailLocale, name: string) =>
        renderer.render('staff_invitation', locale, { inviterName: 'A', role: name, link: LINK, days: 7 }, WORKSHOP)
          .text;
      expect(role('en', 'mechanic')).toContain('Your role: mechanic.');
      expect(role('pl', 'mechanic')).toContain('Twoja rola: mechanik.');
      expect(role('da', 'mechanic')).toContain('Din rolle: mekaniker.');
      expect(role('pl', 'owner')).toContain('Twoja rola: właściciel.');
      expect(role('da', 'manager')).toContain('Din rolle: leder.');
      expect(role('pl', 'Lakiernik')).toContain('Twoja rola: Lakiernik.');
    });

    it('says so plainly when no recovery codes are left', () => {
      const texts = MAIL_LOCALES.map(
        (locale) => renderer.render('recovery_code_used', locale, { name: 'A', remaining: 0 }, WORKSHOP).text,
      );
      expect(texts[0]).toContain('You have no recovery codes left.');
      expect(texts[1]).toContain('Nie masz już żadnych kodów odzyskiwania.');
      expect(texts[2]).toContain('Du har ikke flere gendannelseskoder.');
      expect(renderer.render('recovery_code_used', 'en', { name: 'A', remaining: 1 }, WORKSHOP).text).toContain(
        'You have 1 recovery code left.',
      );
    });

    it('keeps the subject on one line whatever the workshop is called', () => {
      const mail = renderer.render('mfa_enabled', 'en', { name: 'A' }, 'Garage\r\nBcc: victim@example.com');
      expect(mail.subject).toBe('Two-step verification is now on for your Garage Bcc: victim@example.com account');
    });
  });

  describe('checking the catalog when built', () => {
    const withEnglish = (change: Partial<(typeof MAIL_CATALOG)['mfa_enabled']['locales']['en']>) => ({
      ...MAIL_CATALOG,
      mfa_enabled: {
        ...MAIL_CATALOG.mfa_enabled,
        locales: { ...MAIL_CATALOG.mfa_enabled.locales, en: { ...MAIL_CATALOG.mfa_enabled.locales.en, ...change } },
      },
    });

    it('refuses a subject or footer reason that reads anything but the workshop name', () => {
      expect(() => new MailRenderer(withEnglish({ subject: 'Your code {{code}}' }))).toThrow(
        /subject of mail "mfa_enabled" \(en\) may not use "code"/,
      );
      expect(() => new MailRenderer(withEnglish({ reason: 'you are {{name}}' }))).toThrow(/reason/);
    });

    it('refuses constructs whose variables it cannot check', () => {
      for (const text of ['{{#each names}}{{this}}{{/each}}', '{{user.name}}', '{{@root.name}}', '{{shout name}}']) {
        expect(() => new MailRenderer(withEnglish({ text }))).toThrow(MailRenderError);
      }
      expect(() => new MailRenderer(withEnglish({ html: '{{> missing}}' }))).toThrow(/partial "missing"/);
    });
  });
});
