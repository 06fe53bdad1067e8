import type { MailLocale } from './mail-template';

// Inline styles only: many mail clients drop <style> blocks. Colours keep a contrast ratio of at
// least 4.5:1 against their background.
const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const TEXT_COLOUR = 'color:#1f2933;';
const MUTED_COLOUR = 'color:#52606d;';
const LINK_COLOUR = '#1d4ed8';

/** Every `<p>` in a template's HTML source gets this style. */
export const PARAGRAPH_STYLE = 'margin:0 0 16px;';

/** Partials the HTML bodies use; each is given its values through its hash. */
export const MAIL_PARTIALS: Readonly<Record<string, string>> = {
  button:
    `<p style="margin:24px 0;"><a href="{{url href}}" style="display:inline-block;padding:12px 24px;` +
    `background-color:${LINK_COLOUR};color:#ffffff;${FONT}font-size:16px;font-weight:bold;` +
    `text-decoration:none;border-radius:6px;">{{label}}</a></p>`,
  linkFallback:
    `<p style="margin:0 0 16px;font-size:13px;${MUTED_COLOUR}">{{label}}<br>` +
    `<a href="{{url href}}" style="color:${LINK_COLOUR};word-break:break-all;">{{url href}}</a></p>`,
  code:
    `<p style="margin:24px 0;font-family:'Courier New',Courier,monospace;font-size:28px;` +
    `font-weight:bold;letter-spacing:4px;${TEXT_COLOUR}">{{value}}</p>`,
};

/** The HTML document around a body: `body` and `footer` arrive already rendered and escaped. */
export const HTML_LAYOUT = `<!DOCTYPE html>
<html lang="{{locale}}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>{{subject}}</title>
</head>
<body style="margin:0;padding:0;background-color:#f4f5f7;">
<div role="article" aria-roledescription="email" aria-label="{{subject}}" lang="{{locale}}" style="background-color:#f4f5f7;padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;margin:0 auto;background-color:#ffffff;border-radius:8px;">
<tr><td style="padding:20px 32px;border-bottom:1px solid #e3e6ea;">
<h1 style="margin:0;${FONT}font-size:20px;line-height:1.3;${TEXT_COLOUR}">{{workshopName}}</h1>
</td></tr>
<tr><td style="padding:24px 32px 8px;${FONT}font-size:16px;line-height:1.5;${TEXT_COLOUR}">
{{{body}}}
</td></tr>
<tr><td style="padding:16px 32px 24px;border-top:1px solid #e3e6ea;${FONT}font-size:13px;line-height:1.5;${MUTED_COLOUR}">
{{{footer}}}
</td></tr>
</table>
</div>
</body>
</html>
`;

/** The plain-text part: the body, a signature separator and the footer. */
export const TEXT_LAYOUT = `{{{body}}}

-- 
{{{footer}}}
`;

/**
 * Who sent the mail and why, finished by the template's `reason`. The same source serves the
 * text part (unescaped) and the HTML part (escaped).
 */
export const MAIL_FOOTERS: Readonly<Record<MailLocale, string>> = {
  en:
    'Sent by Pitlane on behalf of {{workshopName}}. You are receiving this e-mail because {{reason}}. ' +
    'Replies to this address are not read.',
  pl:
    'Wiadomość wysłana przez Pitlane w imieniu warsztatu {{workshopName}}. Otrzymujesz ją, ponieważ {{reason}}. ' +
    'Odpowiedzi na ten adres nie są czytane.',
  da:
    'Sendt af Pitlane på vegne af {{workshopName}}. Du modtager denne e-mail, fordi {{reason}}. ' +
    'Svar til denne adresse bliver ikke læst.',
};
