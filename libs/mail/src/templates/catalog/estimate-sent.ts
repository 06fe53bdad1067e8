import { ESTIMATE_LINK_VALID_DAYS } from '../link-validity';
import type { MailTemplateSource } from '../mail-template';
import { paragraphs } from './paragraphs';

/** The customer's estimate (or a supplement to it) with the signed link to approve or decline it. */
export const estimateSent: MailTemplateSource = {
  constants: { days: ESTIMATE_LINK_VALID_DAYS },
  locales: {
    en: {
      subject: 'Your repair estimate from {{workshopName}}',
      reason: '{{workshopName}} sent you an estimate for your car',
      text: paragraphs(
        'Hello {{name}},',
        '{{workshopName}} has prepared estimate no. {{version}} for your {{vehicle}} (repair order {{orderNumber}}): {{total}} including VAT for the work that needs your approval.',
        'See every line and approve or decline the whole estimate or single lines here (keep the link to yourself):',
        '{{link}}',
        'The link is valid for {{plural days one="day" other="days"}}. Nothing is done or charged without your approval.',
      ),
      html: paragraphs(
        '<p>Hello {{name}},</p>',
        '<p>{{workshopName}} has prepared estimate no. {{version}} for your {{vehicle}} (repair order {{orderNumber}}): <strong>{{total}}</strong> including VAT for the work that needs your approval.</p>',
        '{{> button href=link label="See and approve the estimate"}}',
        '<p>You can approve or decline the whole estimate or single lines. The link is valid for {{plural days one="day" other="days"}}; keep it to yourself. Nothing is done or charged without your approval.</p>',
        '{{> linkFallback href=link label="If the button does not work, copy this link into your browser:"}}',
      ),
    },
    pl: {
      subject: 'Kosztorys naprawy od warsztatu {{workshopName}}',
      reason: 'warsztat {{workshopName}} przesłał Ci kosztorys naprawy samochodu',
      text: paragraphs(
        'Dzień dobry {{name}},',
        'warsztat {{workshopName}} przygotował kosztorys nr {{version}} dla pojazdu {{vehicle}} (zlecenie nr {{orderNumber}}): {{total}} brutto za prace wymagające Twojej akceptacji.',
        'Tutaj zobaczysz wszystkie pozycje i zaakceptujesz lub odrzucisz cały kosztorys albo pojedyncze pozycje (nie udostępniaj linku):',
        '{{link}}',
        'Link jest ważny przez {{plural days one="dzień" few="dni" many="dni" other="dnia"}}. Bez Twojej akceptacji nic nie zostanie wykonane ani naliczone.',
      ),
      html: paragraphs(
        '<p>Dzień dobry {{name}},</p>',
        '<p>warsztat {{workshopName}} przygotował kosztorys nr {{version}} dla pojazdu {{vehicle}} (zlecenie nr {{orderNumber}}): <strong>{{total}}</strong> brutto za prace wymagające Twojej akceptacji.</p>',
        '{{> button href=link label="Zobacz i zaakceptuj kosztorys"}}',
        '<p>Możesz zaakceptować lub odrzucić cały kosztorys albo pojedyncze pozycje. Link jest ważny przez {{plural days one="dzień" few="dni" many="dni" other="dnia"}}; nie udostępniaj go. Bez Twojej akceptacji nic nie zostanie wykonane ani naliczone.</p>',
        '{{> linkFallback href=link label="Jeśli przycisk nie działa, skopiuj ten link do przeglądarki:"}}',
      ),
    },
    da: {
      subject: 'Dit reparationsoverslag fra {{workshopName}}',
      reason: '{{workshopName}} har sendt dig et overslag på din bil',
      text: paragraphs(
        'Hej {{name}}',
        '{{workshopName}} har lavet overslag nr. {{version}} på din {{vehicle}} (arbejdsordre {{orderNumber}}): {{total}} inkl. moms for det arbejde, der kræver din godkendelse.',
        'Se alle linjer, og godkend eller afvis hele overslaget eller enkelte linjer her (del ikke linket med andre):',
        '{{link}}',
        'Linket er gyldigt i {{plural days one="dag" other="dage"}}. Intet bliver udført eller faktureret uden din godkendelse.',
      ),
      html: paragraphs(
        '<p>Hej {{name}}</p>',
        '<p>{{workshopName}} har lavet overslag nr. {{version}} på din {{vehicle}} (arbejdsordre {{orderNumber}}): <strong>{{total}}</strong> inkl. moms for det arbejde, der kræver din godkendelse.</p>',
        '{{> button href=link label="Se og godkend overslaget"}}',
        '<p>Du kan godkende eller afvise hele overslaget eller enkelte linjer. Linket er gyldigt i {{plural days one="dag" other="dage"}}; del det ikke med andre. Intet bliver udført eller faktureret uden din godkendelse.</p>',
        '{{> linkFallback href=link label="Hvis knappen ikke virker, så kopiér dette link ind i din browser:"}}',
      ),
    },
  },
};
