import type { MailTemplateSource } from '../mail-template';
import { paragraphs } from './paragraphs';

export const passwordReset: MailTemplateSource = {
  constants: {},
  locales: {
    en: {
      subject: 'Your password reset code for {{workshopName}}',
      reason: 'someone asked to reset the password of your account at {{workshopName}}',
      text: paragraphs(
        'Hi {{name}},',
        'We received a request to reset the password of your account at {{workshopName}}. Enter this code to choose a new password:',
        '{{code}}',
        'The code is valid for {{plural minutes one="minute" other="minutes"}} and works only once. If you did not ask to reset your password, ignore this e-mail: your password stays the same.',
      ),
      html: paragraphs(
        '<p>Hi {{name}},</p>',
        '<p>We received a request to reset the password of your account at {{workshopName}}. Enter this code to choose a new password:</p>',
        '{{> code value=code}}',
        '<p>The code is valid for {{plural minutes one="minute" other="minutes"}} and works only once. If you did not ask to reset your password, ignore this e-mail: your password stays the same.</p>',
      ),
    },
    pl: {
      subject: 'Kod do zresetowania hasła – {{workshopName}}',
      reason: 'ktoś poprosił o zresetowanie hasła do Twojego konta w warsztacie {{workshopName}}',
      text: paragraphs(
        'Dzień dobry, {{name}}!',
        'Otrzymaliśmy prośbę o zresetowanie hasła do Twojego konta w warsztacie {{workshopName}}. Wpisz ten kod, aby ustawić nowe hasło:',
        '{{code}}',
        'Kod jest ważny przez {{plural minutes one="minutę" few="minuty" many="minut" other="minuty"}} i można go użyć tylko raz. Jeśli ta prośba nie pochodzi od Ciebie, zignoruj tę wiadomość – Twoje hasło pozostanie bez zmian.',
      ),
      html: paragraphs(
        '<p>Dzień dobry, {{name}}!</p>',
        '<p>Otrzymaliśmy prośbę o zresetowanie hasła do Twojego konta w warsztacie {{workshopName}}. Wpisz ten kod, aby ustawić nowe hasło:</p>',
        '{{> code value=code}}',
        '<p>Kod jest ważny przez {{plural minutes one="minutę" few="minuty" many="minut" other="minuty"}} i można go użyć tylko raz. Jeśli ta prośba nie pochodzi od Ciebie, zignoruj tę wiadomość – Twoje hasło pozostanie bez zmian.</p>',
      ),
    },
    da: {
      subject: 'Din kode til nulstilling af adgangskoden hos {{workshopName}}',
      reason: 'nogen har bedt om at nulstille adgangskoden til din konto hos {{workshopName}}',
      text: paragraphs(
        'Hej {{name}}',
        'Vi har modtaget en anmodning om at nulstille adgangskoden til din konto hos {{workshopName}}. Indtast denne kode for at vælge en ny adgangskode:',
        '{{code}}',
        'Koden er gyldig i {{plural minutes one="minut" other="minutter"}} og kan kun bruges én gang. Hvis du ikke har bedt om at nulstille din adgangskode, kan du se bort fra denne e-mail – din adgangskode forbliver uændret.',
      ),
      html: paragraphs(
        '<p>Hej {{name}}</p>',
        '<p>Vi har modtaget en anmodning om at nulstille adgangskoden til din konto hos {{workshopName}}. Indtast denne kode for at vælge en ny adgangskode:</p>',
        '{{> code value=code}}',
        '<p>Koden er gyldig i {{plural minutes one="minut" other="minutter"}} og kan kun bruges én gang. Hvis du ikke har bedt om at nulstille din adgangskode, kan du se bort fra denne e-mail – din adgangskode forbliver uændret.</p>',
      ),
    },
  },
};
