import type { MailTemplateSource } from '../mail-template';
import { paragraphs } from './paragraphs';

export const mfaEnabled: MailTemplateSource = {
  constants: {},
  locales: {
    en: {
      subject: 'Two-step verification is now on for your {{workshopName}} account',
      reason: 'the security settings of your account at {{workshopName}} changed',
      text: paragraphs(
        'Hi {{name}},',
        'Two-step verification has been turned on for your account at {{workshopName}}. From now on, signing in asks for a code from your authenticator app as well as your password.',
        'Keep your recovery codes somewhere safe: they let you sign in if you lose your phone.',
        'If you did not turn this on, change your password straight away and tell the owner of {{workshopName}}.',
      ),
      html: paragraphs(
        '<p>Hi {{name}},</p>',
        '<p>Two-step verification has been turned on for your account at {{workshopName}}. From now on, signing in asks for a code from your authenticator app as well as your password.</p>',
        '<p>Keep your recovery codes somewhere safe: they let you sign in if you lose your phone.</p>',
        '<p>If you did not turn this on, change your password straight away and tell the owner of {{workshopName}}.</p>',
      ),
    },
    pl: {
      subject: 'Weryfikacja dwuetapowa włączona – {{workshopName}}',
      reason: 'zmieniły się ustawienia bezpieczeństwa Twojego konta w warsztacie {{workshopName}}',
      text: paragraphs(
        'Dzień dobry, {{name}}!',
        'Na Twoim koncie w warsztacie {{workshopName}} włączono weryfikację dwuetapową. Od teraz przy logowaniu oprócz hasła podasz też kod z aplikacji uwierzytelniającej.',
        'Przechowuj kody odzyskiwania w bezpiecznym miejscu – pozwolą Ci się zalogować, jeśli stracisz telefon.',
        'Jeśli nie rozpoznajesz tej zmiany, natychmiast zmień hasło i powiadom właściciela warsztatu {{workshopName}}.',
      ),
      html: paragraphs(
        '<p>Dzień dobry, {{name}}!</p>',
        '<p>Na Twoim koncie w warsztacie {{workshopName}} włączono weryfikację dwuetapową. Od teraz przy logowaniu oprócz hasła podasz też kod z aplikacji uwierzytelniającej.</p>',
        '<p>Przechowuj kody odzyskiwania w bezpiecznym miejscu – pozwolą Ci się zalogować, jeśli stracisz telefon.</p>',
        '<p>Jeśli nie rozpoznajesz tej zmiany, natychmiast zmień hasło i powiadom właściciela warsztatu {{workshopName}}.</p>',
      ),
    },
    da: {
      subject: 'Totrinsbekræftelse er slået til for din konto hos {{workshopName}}',
      reason: 'sikkerhedsindstillingerne for din konto hos {{workshopName}} er blevet ændret',
      text: paragraphs(
        'Hej {{name}}',
        'Totrinsbekræftelse er nu slået til for din konto hos {{workshopName}}. Fremover skal du ud over din adgangskode også indtaste en kode fra din godkendelsesapp, når du logger ind.',
        'Opbevar dine gendannelseskoder et sikkert sted – med dem kan du logge ind, hvis du mister din telefon.',
        'Hvis det ikke var dig, der slog funktionen til, skal du straks ændre din adgangskode og give ejeren af {{workshopName}} besked.',
      ),
      html: paragraphs(
        '<p>Hej {{name}}</p>',
        '<p>Totrinsbekræftelse er nu slået til for din konto hos {{workshopName}}. Fremover skal du ud over din adgangskode også indtaste en kode fra din godkendelsesapp, når du logger ind.</p>',
        '<p>Opbevar dine gendannelseskoder et sikkert sted – med dem kan du logge ind, hvis du mister din telefon.</p>',
        '<p>Hvis det ikke var dig, der slog funktionen til, skal du straks ændre din adgangskode og give ejeren af {{workshopName}} besked.</p>',
      ),
    },
  },
};
