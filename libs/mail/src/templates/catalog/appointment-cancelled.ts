import type { MailTemplateSource } from '../mail-template';
import { calendarAttachment } from './appointment-calendar';
import { paragraphs } from './paragraphs';

export const appointmentCancelled: MailTemplateSource = {
  constants: {},
  attachments: calendarAttachment,
  locales: {
    en: {
      subject: 'Your appointment at {{workshopName}} is cancelled',
      reason: 'you had an appointment at {{workshopName}}',
      text: paragraphs(
        'Hello {{name}},',
        'your appointment at {{workshopName}} on {{when}} ({{services}}) is cancelled.',
        'You are welcome to book a new one on the workshop page at any time.',
      ),
      html: paragraphs(
        '<p>Hello {{name}},</p>',
        '<p>your appointment at {{workshopName}} on <strong>{{when}}</strong> ({{services}}) is cancelled.</p>',
        '<p>You are welcome to book a new one on the workshop page at any time.</p>',
      ),
    },
    pl: {
      subject: 'Wizyta w warsztacie {{workshopName}} odwołana',
      reason: 'miałeś wizytę w warsztacie {{workshopName}}',
      text: paragraphs(
        'Dzień dobry {{name}},',
        'Twoja wizyta w warsztacie {{workshopName}} w terminie {{when}} ({{services}}) została odwołana.',
        'Nową wizytę możesz zarezerwować na stronie warsztatu w dowolnej chwili.',
      ),
      html: paragraphs(
        '<p>Dzień dobry {{name}},</p>',
        '<p>Twoja wizyta w warsztacie {{workshopName}} w terminie <strong>{{when}}</strong> ({{services}}) została odwołana.</p>',
        '<p>Nową wizytę możesz zarezerwować na stronie warsztatu w dowolnej chwili.</p>',
      ),
    },
    da: {
      subject: 'Din tid hos {{workshopName}} er aflyst',
      reason: 'du havde en tid hos {{workshopName}}',
      text: paragraphs(
        'Hej {{name}}',
        'din tid hos {{workshopName}} {{when}} ({{services}}) er aflyst.',
        'Du er velkommen til at booke en ny tid på værkstedets side når som helst.',
      ),
      html: paragraphs(
        '<p>Hej {{name}}</p>',
        '<p>din tid hos {{workshopName}} <strong>{{when}}</strong> ({{services}}) er aflyst.</p>',
        '<p>Du er velkommen til at booke en ny tid på værkstedets side når som helst.</p>',
      ),
    },
  },
};
