import { EMAIL_VERIFICATION_LINK_VALID_HOURS } from '../link-validity';
import type { MailTemplateSource } from '../mail-template';
import { paragraphs } from './paragraphs';

export const emailVerification: MailTemplateSource = {
  constants: { hours: EMAIL_VERIFICATION_LINK_VALID_HOURS },
  locales: {
    en: {
      subject: 'Confirm your e-mail address for {{workshopName}}',
      reason: 'this address was used to create an account at {{workshopName}} on Pitlane',
      text: paragraphs(
        'Hi {{name}},',
        'Please confirm your e-mail address to finish setting up your account at {{workshopName}} on Pitlane. Open this link:',
        '{{link}}',
        'The link is valid for {{plural hours one="hour" other="hours"}}. If you did not create an account, you can ignore this e-mail.',
      ),
      html: paragraphs(
        '<p>Hi {{name}},</p>',
        '<p>Please confirm your e-mail address to finish setting up your account at {{workshopName}} on Pitlane.</p>',
        '{{> button href=link label="Confirm e-mail address"}}',
        '<p>The link is valid for {{plural hours one="hour" other="hours"}}. If you did not create an account, you can ignore this e-mail.</p>',
        '{{> linkFallback href=link label="If the button does not work, copy this link into your browser:"}}',
      ),
    },
    pl: {
      subject: 'Potwierdź swój adres e-mail – {{workshopName}}',
      reason: 'ten adres został użyty do założenia konta w warsztacie {{workshopName}} w Pitlane',
      text: paragraphs(
        'Dzień dobry, {{name}}!',
        'Potwierdź swój adres e-mail, aby dokończyć zakładanie konta w warsztacie {{workshopName}} w Pitlane. Otwórz ten link:',
        '{{link}}',
        'Link jest ważny przez {{plural hours one="godzinę" few="godziny" many="godzin" other="godziny"}}. Jeśli nie zakładasz konta, po prostu zignoruj tę wiadomość.',
      ),
      html: paragraphs(
        '<p>Dzień dobry, {{name}}!</p>',
        '<p>Potwierdź swój adres e-mail, aby dokończyć zakładanie konta w warsztacie {{workshopName}} w Pitlane.</p>',
        '{{> button href=link label="Potwierdź adres e-mail"}}',
        '<p>Link jest ważny przez {{plural hours one="godzinę" few="godziny" many="godzin" other="godziny"}}. Jeśli nie zakładasz konta, po prostu zignoruj tę wiadomość.</p>',
        '{{> linkFallback href=link label="Jeśli przycisk nie działa, skopiuj ten link do przeglądarki:"}}',
      ),
    },
    da: {
      subject: 'Bekræft din e-mailadresse hos {{workshopName}}',
      reason: 'denne adresse blev brugt til at oprette en konto hos {{workshopName}} i Pitlane',
      text: paragraphs(
        'Hej {{name}}',
        'Bekræft din e-mailadresse for at færdiggøre oprettelsen af din konto hos {{workshopName}} i Pitlane. Åbn dette link:',
        '{{link}}',
        'Linket er gyldigt i {{plural hours one="time" other="timer"}}. Hvis du ikke har oprettet en konto, kan du se bort fra denne e-mail.',
      ),
      html: paragraphs(
        '<p>Hej {{name}}</p>',
        '<p>Bekræft din e-mailadresse for at færdiggøre oprettelsen af din konto hos {{workshopName}} i Pitlane.</p>',
        '{{> button href=link label="Bekræft e-mailadresse"}}',
        '<p>Linket er gyldigt i {{plural hours one="time" other="timer"}}. Hvis du ikke har oprettet en konto, kan du se bort fra denne e-mail.</p>',
        '{{> linkFallback href=link label="Hvis knappen ikke virker, så kopiér dette link ind i din browser:"}}',
      ),
    },
  },
};
