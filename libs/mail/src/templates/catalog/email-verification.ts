import { EMAIL_VERIFICATION_LINK_VALID_HOURS } from '../link-validity';
import type { MailTemplateSource } from '../mail-template';
import { paragraphs } from './paragraphs';

/**
 * Two mails under one template name: the usual "confirm your address", and, when another account
 * verified the address first (`addressTaken`), a notice to that address's owner that someone used
 * it to sign a workshop up, with the sign-in page as `link`. One name, because the new workshop's
 * mail log shows template names, and signup must not tell whether an address is taken.
 */
export const emailVerification: MailTemplateSource = {
  constants: { hours: EMAIL_VERIFICATION_LINK_VALID_HOURS },
  locales: {
    en: {
      subject:
        '{{#if addressTaken}}Someone used your e-mail address to sign up on Pitlane{{else}}Confirm your e-mail address for {{workshopName}}{{/if}}',
      reason: 'this address was used to create an account at {{workshopName}} on Pitlane',
      text: paragraphs(
        'Hi {{name}},',
        '{{#if addressTaken}}Someone just used this e-mail address to sign a workshop called {{workshopName}} up on Pitlane. You already have a Pitlane account with this address, so nothing changes for you: the new sign-up cannot use or confirm your address. If it was you, sign in instead (you can reset a forgotten password there):{{else}}Please confirm your e-mail address to finish setting up your account at {{workshopName}} on Pitlane. Open this link:{{/if}}',
        '{{link}}',
        '{{#if addressTaken}}If it was not you, you can ignore this e-mail.{{else}}The link is valid for {{plural hours one="hour" other="hours"}}. If you did not create an account, you can ignore this e-mail.{{/if}}',
      ),
      html: paragraphs(
        '<p>Hi {{name}},</p>',
        '{{#if addressTaken}}<p>Someone just used this e-mail address to sign a workshop called {{workshopName}} up on Pitlane. You already have a Pitlane account with this address, so nothing changes for you: the new sign-up cannot use or confirm your address. If it was you, sign in instead (you can reset a forgotten password there).</p>{{> button href=link label="Sign in"}}<p>If it was not you, you can ignore this e-mail.</p>{{else}}<p>Please confirm your e-mail address to finish setting up your account at {{workshopName}} on Pitlane.</p>{{> button href=link label="Confirm e-mail address"}}<p>The link is valid for {{plural hours one="hour" other="hours"}}. If you did not create an account, you can ignore this e-mail.</p>{{/if}}',
        '{{> linkFallback href=link label="If the button does not work, copy this link into your browser:"}}',
      ),
    },
    pl: {
      subject:
        '{{#if addressTaken}}Ktoś użył Twojego adresu e-mail do rejestracji w Pitlane{{else}}Potwierdź swój adres e-mail – {{workshopName}}{{/if}}',
      reason: 'ten adres został użyty do założenia konta w warsztacie {{workshopName}} w Pitlane',
      text: paragraphs(
        'Dzień dobry, {{name}}!',
        '{{#if addressTaken}}Ktoś właśnie użył tego adresu e-mail, aby zarejestrować w Pitlane warsztat {{workshopName}}. Masz już konto w Pitlane z tym adresem, więc nic się dla Ciebie nie zmienia: nowa rejestracja nie może użyć ani potwierdzić Twojego adresu. Jeśli to Ty, po prostu się zaloguj (tam też zresetujesz zapomniane hasło):{{else}}Potwierdź swój adres e-mail, aby dokończyć zakładanie konta w warsztacie {{workshopName}} w Pitlane. Otwórz ten link:{{/if}}',
        '{{link}}',
        '{{#if addressTaken}}Jeśli to nie Ty, po prostu zignoruj tę wiadomość.{{else}}Link jest ważny przez {{plural hours one="godzinę" few="godziny" many="godzin" other="godziny"}}. Jeśli nie zakładasz konta, po prostu zignoruj tę wiadomość.{{/if}}',
      ),
      html: paragraphs(
        '<p>Dzień dobry, {{name}}!</p>',
        '{{#if addressTaken}}<p>Ktoś właśnie użył tego adresu e-mail, aby zarejestrować w Pitlane warsztat {{workshopName}}. Masz już konto w Pitlane z tym adresem, więc nic się dla Ciebie nie zmienia: nowa rejestracja nie może użyć ani potwierdzić Twojego adresu. Jeśli to Ty, po prostu się zaloguj (tam też zresetujesz zapomniane hasło).</p>{{> button href=link label="Zaloguj się"}}<p>Jeśli to nie Ty, po prostu zignoruj tę wiadomość.</p>{{else}}<p>Potwierdź swój adres e-mail, aby dokończyć zakładanie konta w warsztacie {{workshopName}} w Pitlane.</p>{{> button href=link label="Potwierdź adres e-mail"}}<p>Link jest ważny przez {{plural hours one="godzinę" few="godziny" many="godzin" other="godziny"}}. Jeśli nie zakładasz konta, po prostu zignoruj tę wiadomość.</p>{{/if}}',
        '{{> linkFallback href=link label="Jeśli przycisk nie działa, skopiuj ten link do przeglądarki:"}}',
      ),
    },
    da: {
      subject:
        '{{#if addressTaken}}Nogen brugte din e-mailadresse til at tilmelde sig Pitlane{{else}}Bekræft din e-mailadresse hos {{workshopName}}{{/if}}',
      reason: 'denne adresse blev brugt til at oprette en konto hos {{workshopName}} i Pitlane',
      text: paragraphs(
        'Hej {{name}}',
        '{{#if addressTaken}}Nogen har netop brugt denne e-mailadresse til at tilmelde værkstedet {{workshopName}} til Pitlane. Du har allerede en Pitlane-konto med denne adresse, så intet ændrer sig for dig: den nye tilmelding kan hverken bruge eller bekræfte din adresse. Hvis det var dig, så log ind i stedet (der kan du også nulstille en glemt adgangskode):{{else}}Bekræft din e-mailadresse for at færdiggøre oprettelsen af din konto hos {{workshopName}} i Pitlane. Åbn dette link:{{/if}}',
        '{{link}}',
        '{{#if addressTaken}}Hvis det ikke var dig, kan du se bort fra denne e-mail.{{else}}Linket er gyldigt i {{plural hours one="time" other="timer"}}. Hvis du ikke har oprettet en konto, kan du se bort fra denne e-mail.{{/if}}',
      ),
      html: paragraphs(
        '<p>Hej {{name}}</p>',
        '{{#if addressTaken}}<p>Nogen har netop brugt denne e-mailadresse til at tilmelde værkstedet {{workshopName}} til Pitlane. Du har allerede en Pitlane-konto med denne adresse, så intet ændrer sig for dig: den nye tilmelding kan hverken bruge eller bekræfte din adresse. Hvis det var dig, så log ind i stedet (der kan du også nulstille en glemt adgangskode).</p>{{> button href=link label="Log ind"}}<p>Hvis det ikke var dig, kan du se bort fra denne e-mail.</p>{{else}}<p>Bekræft din e-mailadresse for at færdiggøre oprettelsen af din konto hos {{workshopName}} i Pitlane.</p>{{> button href=link label="Bekræft e-mailadresse"}}<p>Linket er gyldigt i {{plural hours one="time" other="timer"}}. Hvis du ikke har oprettet en konto, kan du se bort fra denne e-mail.</p>{{/if}}',
        '{{> linkFallback href=link label="Hvis knappen ikke virker, så kopiér dette link ind i din browser:"}}',
      ),
    },
  },
};
