import type { MailTemplateSource } from '../mail-template';
import { calendarAttachment } from './appointment-calendar';
import { paragraphs } from './paragraphs';

export const appointmentRescheduled: MailTemplateSource = {
  constants: {},
  attachments: calendarAttachment,
  locales: {
    en: {
      subject: 'Your appointment at {{workshopName}} has moved',
      reason: 'you have an appointment at {{workshopName}}',
      text: paragraphs(
        'Hello {{name}},',
        'your appointment at {{workshopName}} ({{services}}) is now on {{when}}.',
        'The attached calendar file updates your calendar. The link from your confirmation e-mail still manages the booking.',
      ),
      html: paragraphs(
        '<p>Hello {{name}},</p>',
        '<p>your appointment at {{workshopName}} ({{services}}) is now on <strong>{{when}}</strong>.</p>',
        '<p>The attached calendar file updates your calendar. The link from your confirmation e-mail still manages the booking.</p>',
      ),
    },
    pl: {
      subject: 'Zmiana terminu wizyty w warsztacie {{workshopName}}',
      reason: 'masz wizytę w warsztacie {{workshopName}}',
      text: paragraphs(
        'Dzień dobry {{name}},',
        'Twoja wizyta w warsztacie {{workshopName}} ({{services}}) odbędzie się teraz {{when}}.',
        'Załączony plik kalendarza zaktualizuje Twój kalendarz. Link z e-maila potwierdzającego nadal pozwala zarządzać rezerwacją.',
      ),
      html: paragraphs(
        '<p>Dzień dobry {{name}},</p>',
        '<p>Twoja wizyta w warsztacie {{workshopName}} ({{services}}) odbędzie się teraz <strong>{{when}}</strong>.</p>',
        '<p>Załączony plik kalendarza zaktualizuje Twój kalendarz. Link z e-maila potwierdzającego nadal pozwala zarządzać rezerwacją.</p>',
      ),
    },
    da: {
      subject: 'Din tid hos {{workshopName}} er flyttet',
      reason: 'du har en tid hos {{workshopName}}',
      text: paragraphs(
        'Hej {{name}}',
        'din tid hos {{workshopName}} ({{services}}) er nu {{when}}.',
        'Den vedhæftede kalenderfil opdaterer din kalender. Linket fra din bekræftelse kan stadig bruges til bookingen.',
      ),
      html: paragraphs(
        '<p>Hej {{name}}</p>',
        '<p>din tid hos {{workshopName}} ({{services}}) er nu <strong>{{when}}</strong>.</p>',
        '<p>Den vedhæftede kalenderfil opdaterer din kalender. Linket fra din bekræftelse kan stadig bruges til bookingen.</p>',
      ),
    },
  },
};
