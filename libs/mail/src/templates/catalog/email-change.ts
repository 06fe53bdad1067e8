import { EMAIL_CHANGE_LINK_VALID_HOURS } from '../link-validity';
import type { MailTemplateSource } from '../mail-template';
import { paragraphs } from './paragraphs';

export const emailChange: MailTemplateSource = {
  constants: { hours: EMAIL_CHANGE_LINK_VALID_HOURS },
  locales: {
    en: {
      subject: 'Confirm your new e-mail address for {{workshopName}}',
      reason: 'this address was entered as the new e-mail address of an account at {{workshopName}}',
      text: paragraphs(
        'Hi {{name}},',
        'You asked to change the e-mail address of your account at {{workshopName}} to this address. Confirm the change by opening this link:',
        '{{link}}',
        'The link is valid for {{plural hours one="hour" other="hours"}}. Until you confirm, you keep signing in with your current address. If you did not ask for this change, ignore this e-mail: your address stays the same.',
      ),
      html: paragraphs(
        '<p>Hi {{name}},</p>',
        '<p>You asked to change the e-mail address of your account at {{workshopName}} to this address.</p>',
        '{{> button href=link label="Confirm new address"}}',
        '<p>The link is valid for {{plural hours one="hour" other="hours"}}. Until you confirm, you keep signing in with your current address. If you did not ask for this change, ignore this e-mail: your address stays the same.</p>',
        '{{> linkFallback href=link label="If the button does not work, copy this link into your browser:"}}',
      ),
    },
    pl: {
      subject: 'Potwierdź nowy adres e-mail – {{workshopName}}',
      reason: 'ten adres podano jako nowy adres e-mail konta w warsztacie {{workshopName}}',
      text: paragraphs(
        'Dzień dobry, {{name}}!',
        'Otrzymaliśmy prośbę o zmianę adresu e-mail Twojego konta w warsztacie {{workshopName}} na ten adres. Potwierdź zmianę, otwierając ten link:',
        '{{link}}',
        'Link jest ważny przez {{plural hours one="godzinę" few="godziny" many="godzin" other="godziny"}}. Do czasu potwierdzenia logujesz się dotychczasowym adresem. Jeśli ta prośba nie pochodzi od Ciebie, zignoruj tę wiadomość – adres pozostanie bez zmian.',
      ),
      html: paragraphs(
        '<p>Dzień dobry, {{name}}!</p>',
        '<p>Otrzymaliśmy prośbę o zmianę adresu e-mail Twojego konta w warsztacie {{workshopName}} na ten adres.</p>',
        '{{> button href=link label="Potwierdź nowy adres"}}',
        '<p>Link jest ważny przez {{plural hours one="godzinę" few="godziny" many="godzin" other="godziny"}}. Do czasu potwierdzenia logujesz się dotychczasowym adresem. Jeśli ta prośba nie pochodzi od Ciebie, zignoruj tę wiadomość – adres pozostanie bez zmian.</p>',
        '{{> linkFallback href=link label="Jeśli przycisk nie działa, skopiuj ten link do przeglądarki:"}}',
      ),
    },
    da: {
      subject: 'Bekræft din nye e-mailadresse hos {{workshopName}}',
      reason: 'denne adresse er angivet som ny e-mailadresse for en konto hos {{workshopName}}',
      text: paragraphs(
        'Hej {{name}}',
        'Du har bedt om at ændre e-mailadressen på din konto hos {{workshopName}} til denne adresse. Bekræft ændringen ved at åbne dette link:',
        '{{link}}',
        'Linket er gyldigt i {{plural hours one="time" other="timer"}}. Indtil du bekræfter, logger du fortsat ind med din nuværende adresse. Hvis du ikke har bedt om ændringen, kan du se bort fra denne e-mail – din adresse forbliver uændret.',
      ),
      html: paragraphs(
        '<p>Hej {{name}}</p>',
        '<p>Du har bedt om at ændre e-mailadressen på din konto hos {{workshopName}} til denne adresse.</p>',
        '{{> button href=link label="Bekræft ny adresse"}}',
        '<p>Linket er gyldigt i {{plural hours one="time" other="timer"}}. Indtil du bekræfter, logger du fortsat ind med din nuværende adresse. Hvis du ikke har bedt om ændringen, kan du se bort fra denne e-mail – din adresse forbliver uændret.</p>',
        '{{> linkFallback href=link label="Hvis knappen ikke virker, så kopiér dette link ind i din browser:"}}',
      ),
    },
  },
};
