import type { MailTemplateSource } from '../mail-template';
import { calendarAttachment } from './appointment-calendar';
import { paragraphs } from './paragraphs';

export const appointmentConfirmation: MailTemplateSource = {
  constants: {},
  attachments: calendarAttachment,
  locales: {
    en: {
      subject: 'Your appointment at {{workshopName}} is booked',
      reason: 'you booked an appointment at {{workshopName}}',
      text: paragraphs(
        'Hello {{name}},',
        'your appointment at {{workshopName}} is booked for {{when}}: {{services}}.',
        'To see, move or cancel it, use this link (keep it to yourself):',
        '{{manageLink}}',
        'The attached calendar file adds it to your calendar.',
      ),
      html: paragraphs(
        '<p>Hello {{name}},</p>',
        '<p>your appointment at {{workshopName}} is booked for <strong>{{when}}</strong>: {{services}}.</p>',
        '{{> button href=manageLink label="See, move or cancel the booking"}}',
        '<p>The attached calendar file adds it to your calendar. Keep the link to yourself: it lets anyone manage the booking.</p>',
        '{{> linkFallback href=manageLink label="If the button does not work, copy this link into your browser:"}}',
      ),
    },
    pl: {
      subject: 'Wizyta w warsztacie {{workshopName}} zarezerwowana',
      reason: 'zarezerwowano wizytę w warsztacie {{workshopName}}',
      text: paragraphs(
        'Dzień dobry {{name}},',
        'Twoja wizyta w warsztacie {{workshopName}} jest zarezerwowana na {{when}}: {{services}}.',
        'Aby ją zobaczyć, przełożyć lub odwołać, użyj tego linku (nie udostępniaj go):',
        '{{manageLink}}',
        'Załączony plik kalendarza doda wizytę do Twojego kalendarza.',
      ),
      html: paragraphs(
        '<p>Dzień dobry {{name}},</p>',
        '<p>Twoja wizyta w warsztacie {{workshopName}} jest zarezerwowana na <strong>{{when}}</strong>: {{services}}.</p>',
        '{{> button href=manageLink label="Zobacz, przełóż lub odwołaj wizytę"}}',
        '<p>Załączony plik kalendarza doda wizytę do Twojego kalendarza. Nie udostępniaj linku: pozwala zarządzać rezerwacją.</p>',
        '{{> linkFallback href=manageLink label="Jeśli przycisk nie działa, skopiuj ten link do przeglądarki:"}}',
      ),
    },
    da: {
      subject: 'Din tid hos {{workshopName}} er booket',
      reason: 'du har booket en tid hos {{workshopName}}',
      text: paragraphs(
        'Hej {{name}}',
        'din tid hos {{workshopName}} er booket til {{when}}: {{services}}.',
        'Brug dette link til at se, flytte eller aflyse den (del det ikke med andre):',
        '{{manageLink}}',
        'Den vedhæftede kalenderfil tilføjer tiden til din kalender.',
      ),
      html: paragraphs(
        '<p>Hej {{name}}</p>',
        '<p>din tid hos {{workshopName}} er booket til <strong>{{when}}</strong>: {{services}}.</p>',
        '{{> button href=manageLink label="Se, flyt eller aflys bookingen"}}',
        '<p>Den vedhæftede kalenderfil tilføjer tiden til din kalender. Del ikke linket: det giver adgang til bookingen.</p>',
        '{{> linkFallback href=manageLink label="Hvis knappen ikke virker, så kopiér dette link ind i din browser:"}}',
      ),
    },
  },
};
