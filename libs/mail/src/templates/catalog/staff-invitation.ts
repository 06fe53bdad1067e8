import type { MailTemplateSource } from '../mail-template';
import { paragraphs } from './paragraphs';

export const staffInvitation: MailTemplateSource = {
  constants: {},
  locales: {
    en: {
      subject: 'You are invited to join {{workshopName}} on Pitlane',
      reason: '{{workshopName}} invited this address to join its team',
      text: paragraphs(
        'Hello,',
        '{{inviterName}} has invited you to join the team at {{workshopName}} on Pitlane, the system the workshop uses for bookings and repair orders. Your role: {{roleName role}}.',
        'Accept the invitation and set up your account here:',
        '{{link}}',
        'The invitation is valid for {{plural days one="day" other="days"}}. If you were not expecting it, you can ignore this e-mail.',
      ),
      html: paragraphs(
        '<p>Hello,</p>',
        '<p>{{inviterName}} has invited you to join the team at {{workshopName}} on Pitlane, the system the workshop uses for bookings and repair orders. Your role: <strong>{{roleName role}}</strong>.</p>',
        '{{> button href=link label="Accept the invitation"}}',
        '<p>The invitation is valid for {{plural days one="day" other="days"}}. If you were not expecting it, you can ignore this e-mail.</p>',
        '{{> linkFallback href=link label="If the button does not work, copy this link into your browser:"}}',
      ),
    },
    pl: {
      subject: 'Zaproszenie do zespołu warsztatu {{workshopName}} w Pitlane',
      reason: 'warsztat {{workshopName}} zaprosił ten adres do swojego zespołu',
      text: paragraphs(
        'Dzień dobry!',
        '{{inviterName}} zaprasza Cię do zespołu warsztatu {{workshopName}} w Pitlane – systemie, w którym warsztat prowadzi rezerwacje i zlecenia napraw. Twoja rola: {{roleName role}}.',
        'Przyjmij zaproszenie i załóż konto tutaj:',
        '{{link}}',
        'Zaproszenie jest ważne przez {{plural days one="dzień" few="dni" many="dni" other="dnia"}}. Jeśli się go nie spodziewasz, zignoruj tę wiadomość.',
      ),
      html: paragraphs(
        '<p>Dzień dobry!</p>',
        '<p>{{inviterName}} zaprasza Cię do zespołu warsztatu {{workshopName}} w Pitlane – systemie, w którym warsztat prowadzi rezerwacje i zlecenia napraw. Twoja rola: <strong>{{roleName role}}</strong>.</p>',
        '{{> button href=link label="Przyjmij zaproszenie"}}',
        '<p>Zaproszenie jest ważne przez {{plural days one="dzień" few="dni" many="dni" other="dnia"}}. Jeśli się go nie spodziewasz, zignoruj tę wiadomość.</p>',
        '{{> linkFallback href=link label="Jeśli przycisk nie działa, skopiuj ten link do przeglądarki:"}}',
      ),
    },
    da: {
      subject: 'Du er inviteret til {{workshopName}} i Pitlane',
      reason: '{{workshopName}} har inviteret denne adresse til sit team',
      text: paragraphs(
        'Hej',
        '{{inviterName}} har inviteret dig til at blive en del af teamet hos {{workshopName}} i Pitlane, det system værkstedet bruger til bookinger og reparationsordrer. Din rolle: {{roleName role}}.',
        'Tag imod invitationen og opret din konto her:',
        '{{link}}',
        'Invitationen er gyldig i {{plural days one="dag" other="dage"}}. Hvis du ikke havde ventet den, kan du se bort fra denne e-mail.',
      ),
      html: paragraphs(
        '<p>Hej</p>',
        '<p>{{inviterName}} har inviteret dig til at blive en del af teamet hos {{workshopName}} i Pitlane, det system værkstedet bruger til bookinger og reparationsordrer. Din rolle: <strong>{{roleName role}}</strong>.</p>',
        '{{> button href=link label="Tag imod invitationen"}}',
        '<p>Invitationen er gyldig i {{plural days one="dag" other="dage"}}. Hvis du ikke havde ventet den, kan du se bort fra denne e-mail.</p>',
        '{{> linkFallback href=link label="Hvis knappen ikke virker, så kopiér dette link ind i din browser:"}}',
      ),
    },
  },
};
