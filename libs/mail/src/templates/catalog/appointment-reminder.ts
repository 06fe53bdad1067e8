import type { MailTemplateSource } from '../mail-template';
import { paragraphs } from './paragraphs';

export const appointmentReminder: MailTemplateSource = {
  constants: {},
  locales: {
    en: {
      subject: 'Reminder: your appointment at {{workshopName}}',
      reason: 'you have an appointment at {{workshopName}}',
      text: paragraphs(
        'Hello {{name}},',
        'a reminder of your appointment at {{workshopName}} on {{when}}: {{services}}.',
        'If you cannot come, the link from your confirmation e-mail lets you move or cancel it.',
      ),
      html: paragraphs(
        '<p>Hello {{name}},</p>',
        '<p>a reminder of your appointment at {{workshopName}} on <strong>{{when}}</strong>: {{services}}.</p>',
        '<p>If you cannot come, the link from your confirmation e-mail lets you move or cancel it.</p>',
      ),
    },
    pl: {
      subject: 'Przypomnienie: wizyta w warsztacie {{workshopName}}',
      reason: 'masz wizytę w warsztacie {{workshopName}}',
      text: paragraphs(
        'Dzień dobry {{name}},',
        'przypominamy o wizycie w warsztacie {{workshopName}} w terminie {{when}}: {{services}}.',
        'Jeśli nie możesz przyjechać, link z e-maila potwierdzającego pozwala przełożyć lub odwołać wizytę.',
      ),
      html: paragraphs(
        '<p>Dzień dobry {{name}},</p>',
        '<p>przypominamy o wizycie w warsztacie {{workshopName}} w terminie <strong>{{when}}</strong>: {{services}}.</p>',
        '<p>Jeśli nie możesz przyjechać, link z e-maila potwierdzającego pozwala przełożyć lub odwołać wizytę.</p>',
      ),
    },
    da: {
      subject: 'Påmindelse: din tid hos {{workshopName}}',
      reason: 'du har en tid hos {{workshopName}}',
      text: paragraphs(
        'Hej {{name}}',
        'en påmindelse om din tid hos {{workshopName}} {{when}}: {{services}}.',
        'Hvis du ikke kan komme, kan du flytte eller aflyse tiden med linket fra din bekræftelse.',
      ),
      html: paragraphs(
        '<p>Hej {{name}}</p>',
        '<p>en påmindelse om din tid hos {{workshopName}} <strong>{{when}}</strong>: {{services}}.</p>',
        '<p>Hvis du ikke kan komme, kan du flytte eller aflyse tiden med linket fra din bekræftelse.</p>',
      ),
    },
  },
};
