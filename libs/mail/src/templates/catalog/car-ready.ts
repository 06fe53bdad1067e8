import type { MailTemplateSource } from '../mail-template';
import { paragraphs } from './paragraphs';

/** Sent once per repair order when the work is completed. */
export const carReady: MailTemplateSource = {
  constants: {},
  locales: {
    en: {
      subject: 'Your car is ready at {{workshopName}}',
      reason: 'your car is being repaired at {{workshopName}}',
      text: paragraphs(
        'Hello {{name}},',
        'good news: the work on your {{vehicle}} is done and it is ready for pick-up at {{workshopName}}.',
      ),
      html: paragraphs(
        '<p>Hello {{name}},</p>',
        '<p>good news: the work on your <strong>{{vehicle}}</strong> is done and it is ready for pick-up at {{workshopName}}.</p>',
      ),
    },
    pl: {
      subject: 'Samochód gotowy do odbioru w warsztacie {{workshopName}}',
      reason: 'Twój samochód jest naprawiany w warsztacie {{workshopName}}',
      text: paragraphs(
        'Dzień dobry {{name}},',
        'dobra wiadomość: prace przy pojeździe {{vehicle}} są zakończone i można go odebrać w warsztacie {{workshopName}}.',
      ),
      html: paragraphs(
        '<p>Dzień dobry {{name}},</p>',
        '<p>dobra wiadomość: prace przy pojeździe <strong>{{vehicle}}</strong> są zakończone i można go odebrać w warsztacie {{workshopName}}.</p>',
      ),
    },
    da: {
      subject: 'Din bil er klar hos {{workshopName}}',
      reason: 'din bil er til reparation hos {{workshopName}}',
      text: paragraphs(
        'Hej {{name}}',
        'godt nyt: arbejdet på din {{vehicle}} er færdigt, og den kan hentes hos {{workshopName}}.',
      ),
      html: paragraphs(
        '<p>Hej {{name}}</p>',
        '<p>godt nyt: arbejdet på din <strong>{{vehicle}}</strong> er færdigt, og den kan hentes hos {{workshopName}}.</p>',
      ),
    },
  },
};
