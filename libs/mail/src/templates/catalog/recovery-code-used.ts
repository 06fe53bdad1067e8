import type { MailTemplateSource } from '../mail-template';
import { paragraphs } from './paragraphs';

export const recoveryCodeUsed: MailTemplateSource = {
  constants: {},
  locales: {
    en: {
      subject: 'A recovery code was used to sign in to {{workshopName}}',
      reason: 'someone signed in to your account at {{workshopName}} with a recovery code',
      text: paragraphs(
        'Hi {{name}},',
        'A recovery code was just used to sign in to your account at {{workshopName}}. Each recovery code works only once.',
        '{{#if remaining}}You have {{plural remaining one="recovery code" other="recovery codes"}} left.{{else}}You have no recovery codes left. Create new ones in your account’s security settings before you need them.{{/if}}',
        'If this was not you, change your password straight away and tell the owner of {{workshopName}}.',
      ),
      html: paragraphs(
        '<p>Hi {{name}},</p>',
        '<p>A recovery code was just used to sign in to your account at {{workshopName}}. Each recovery code works only once.</p>',
        '<p>{{#if remaining}}You have {{plural remaining one="recovery code" other="recovery codes"}} left.{{else}}<strong>You have no recovery codes left.</strong> Create new ones in your account’s security settings before you need them.{{/if}}</p>',
        '<p>If this was not you, change your password straight away and tell the owner of {{workshopName}}.</p>',
      ),
    },
    pl: {
      subject: 'Użyto kodu odzyskiwania – {{workshopName}}',
      reason: 'ktoś zalogował się na Twoje konto w warsztacie {{workshopName}} kodem odzyskiwania',
      text: paragraphs(
        'Dzień dobry, {{name}}!',
        'Właśnie użyto kodu odzyskiwania, aby zalogować się na Twoje konto w warsztacie {{workshopName}}. Każdy kod odzyskiwania działa tylko raz.',
        '{{#if remaining}}Liczba pozostałych kodów odzyskiwania: {{remaining}}.{{else}}Nie masz już żadnych kodów odzyskiwania. Wygeneruj nowe w ustawieniach bezpieczeństwa konta, zanim będą potrzebne.{{/if}}',
        'Jeśli nie rozpoznajesz tego logowania, natychmiast zmień hasło i powiadom właściciela warsztatu {{workshopName}}.',
      ),
      html: paragraphs(
        '<p>Dzień dobry, {{name}}!</p>',
        '<p>Właśnie użyto kodu odzyskiwania, aby zalogować się na Twoje konto w warsztacie {{workshopName}}. Każdy kod odzyskiwania działa tylko raz.</p>',
        '<p>{{#if remaining}}Liczba pozostałych kodów odzyskiwania: {{remaining}}.{{else}}<strong>Nie masz już żadnych kodów odzyskiwania.</strong> Wygeneruj nowe w ustawieniach bezpieczeństwa konta, zanim będą potrzebne.{{/if}}</p>',
        '<p>Jeśli nie rozpoznajesz tego logowania, natychmiast zmień hasło i powiadom właściciela warsztatu {{workshopName}}.</p>',
      ),
    },
    da: {
      subject: 'En gendannelseskode blev brugt til at logge ind hos {{workshopName}}',
      reason: 'nogen loggede ind på din konto hos {{workshopName}} med en gendannelseskode',
      text: paragraphs(
        'Hej {{name}}',
        'Der er netop blevet brugt en gendannelseskode til at logge ind på din konto hos {{workshopName}}. Hver gendannelseskode kan kun bruges én gang.',
        '{{#if remaining}}Du har {{plural remaining one="gendannelseskode" other="gendannelseskoder"}} tilbage.{{else}}Du har ikke flere gendannelseskoder. Opret nye under sikkerhedsindstillingerne for din konto, før du får brug for dem.{{/if}}',
        'Hvis det ikke var dig, skal du straks ændre din adgangskode og give ejeren af {{workshopName}} besked.',
      ),
      html: paragraphs(
        '<p>Hej {{name}}</p>',
        '<p>Der er netop blevet brugt en gendannelseskode til at logge ind på din konto hos {{workshopName}}. Hver gendannelseskode kan kun bruges én gang.</p>',
        '<p>{{#if remaining}}Du har {{plural remaining one="gendannelseskode" other="gendannelseskoder"}} tilbage.{{else}}<strong>Du har ikke flere gendannelseskoder.</strong> Opret nye under sikkerhedsindstillingerne for din konto, før du får brug for dem.{{/if}}</p>',
        '<p>Hvis det ikke var dig, skal du straks ændre din adgangskode og give ejeren af {{workshopName}} besked.</p>',
      ),
    },
  },
};
