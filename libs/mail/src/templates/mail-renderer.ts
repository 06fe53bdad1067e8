import Handlebars from 'handlebars';
import { MAIL_CATALOG } from './mail-catalog';
import { MAIL_HELPER_NAMES, mailHelpers, type MailHelpers } from './mail-helpers';
import { HTML_LAYOUT, MAIL_FOOTERS, MAIL_PARTIALS, PARAGRAPH_STYLE, TEXT_LAYOUT } from './mail-layout';
import { MailRenderError } from './mail-render.error';
import {
  isMailLocale,
  type MailAttachment,
  MAIL_LOCALES,
  MAIL_TEMPLATE_NAMES,
  type MailLocale,
  type MailTemplateData,
  type MailTemplateName,
  type MailTemplateSource,
} from './mail-template';
import { templateVariables } from './template-variables';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  attachments: MailAttachment[];
}

type Compiled = HandlebarsTemplateDelegate;

interface CompiledTemplate {
  subject: Compiled;
  reason: Compiled;
  text: Compiled;
  html: Compiled;
  /** Every variable the text and HTML bodies read. */
  variables: readonly string[];
  constants: Readonly<Record<string, number>>;
  attachments: MailTemplateSource['attachments'];
}

interface LocaleParts {
  helpers: MailHelpers;
  textFooter: Compiled;
  htmlFooter: Compiled;
}

// Subjects and footer reasons see the workshop's name and nothing else, but for one flag that is
// never secret: `addressTaken` picks the subject of the verification mail's notice variant.
const HEADER_VARIABLES: ReadonlySet<string> = new Set(['workshopName', 'addressTaken']);
const TEXT_MODE = { strict: true, noEscape: true } as const;
const HTML_MODE = { strict: true } as const;

/**
 * Renders the mail templates: a subject, a plain-text part and an HTML part in the recipient's
 * language. Every source is parsed and checked when the renderer is built, and compiled once.
 * Variables are HTML-escaped in the HTML part and verbatim in the text part; links must be
 * absolute http(s) URLs and are emitted exactly as given.
 */
export class MailRenderer {
  private readonly handlebars = Handlebars.create();
  private readonly templates = new Map<string, CompiledTemplate>();
  private readonly locales: Readonly<Record<MailLocale, LocaleParts>>;
  private readonly textLayout: Compiled;
  private readonly htmlLayout: Compiled;

  constructor(catalog: Readonly<Record<MailTemplateName, MailTemplateSource>> = MAIL_CATALOG) {
    for (const [name, source] of Object.entries(MAIL_PARTIALS)) {
      this.handlebars.registerPartial(name, this.handlebars.compile(source, HTML_MODE));
    }
    this.textLayout = this.handlebars.compile(TEXT_LAYOUT, TEXT_MODE);
    this.htmlLayout = this.handlebars.compile(HTML_LAYOUT, HTML_MODE);
    this.locales = { en: this.localeParts('en'), pl: this.localeParts('pl'), da: this.localeParts('da') };
    for (const name of MAIL_TEMPLATE_NAMES) {
      for (const locale of MAIL_LOCALES) {
        this.templates.set(templateKey(name, locale), this.compileTemplate(name, locale, catalog[name]));
      }
    }
  }

  render<T extends MailTemplateName>(
    name: T,
    locale: MailLocale,
    data: MailTemplateData[T],
    workshopName: string,
  ): RenderedMail {
    // Callers hold locales and names read from the database: check them, not just their types.
    const template = isMailLocale(locale) ? this.templates.get(templateKey(name, locale)) : undefined;
    if (!template) throw new MailRenderError(`No mail template "${String(name)}" in locale "${String(locale)}"`);
    if (typeof workshopName !== 'string' || workshopName.trim() === '') {
      throw new MailRenderError(`Mail "${name}" needs the workshop's name`);
    }
    const context: Record<string, unknown> = { ...data, ...template.constants, workshopName };
    for (const variable of template.variables) {
      checkValue(name, variable, context[variable]);
    }
    const parts = this.locales[locale];
    const runtime = { helpers: parts.helpers };
    const header = { workshopName, addressTaken: context.addressTaken === 1 };
    const reason = template.reason(header);
    const footer = { workshopName, reason };
    const subject = template.subject(header).replace(/\s+/g, ' ').trim();
    return {
      subject,
      text: this.textLayout({
        body: template.text(context, runtime),
        footer: parts.textFooter(footer),
      }),
      html: this.htmlLayout({
        locale,
        subject,
        workshopName,
        body: template.html(context, runtime),
        footer: parts.htmlFooter(footer),
      }),
      attachments: template.attachments?.(context) ?? [],
    };
  }

  private localeParts(locale: MailLocale): LocaleParts {
    return {
      helpers: mailHelpers(locale),
      textFooter: this.handlebars.compile(MAIL_FOOTERS[locale], TEXT_MODE),
      htmlFooter: this.handlebars.compile(MAIL_FOOTERS[locale], HTML_MODE),
    };
  }

  private compileTemplate(name: MailTemplateName, locale: MailLocale, source: MailTemplateSource): CompiledTemplate {
    const localized = source.locales[locale];
    const vocabulary = { helpers: MAIL_HELPER_NAMES, partials: new Set(Object.keys(MAIL_PARTIALS)) };
    for (const part of ['subject', 'reason'] as const) {
      for (const variable of templateVariables(localized[part], vocabulary)) {
        if (!HEADER_VARIABLES.has(variable)) {
          throw new MailRenderError(`The ${part} of mail "${name}" (${locale}) may not use "${variable}"`);
        }
      }
    }
    const html = localized.html.replaceAll('<p>', `<p style="${PARAGRAPH_STYLE}">`);
    const variables = new Set([
      ...templateVariables(localized.text, vocabulary),
      ...templateVariables(html, vocabulary),
    ]);
    return {
      subject: this.handlebars.compile(localized.subject, TEXT_MODE),
      reason: this.handlebars.compile(localized.reason, TEXT_MODE),
      text: this.handlebars.compile(localized.text, TEXT_MODE),
      html: this.handlebars.compile(html, HTML_MODE),
      variables: [...variables],
      constants: source.constants,
      attachments: source.attachments,
    };
  }
}

function templateKey(name: string, locale: string): string {
  return `${name}:${locale}`;
}

function checkValue(name: string, variable: string, value: unknown): void {
  if (value === undefined || value === null) {
    throw new MailRenderError(`Mail "${name}" needs "${variable}"`);
  }
  if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
    throw new MailRenderError(`Mail "${name}": "${variable}" must be a string or a finite number`);
  }
  if (variable === 'link' || variable.endsWith('Link')) checkLink(name, variable, value);
}

/** Only absolute http(s) URLs, free of whitespace and control characters, go out as links. */
function checkLink(name: string, variable: string, value: unknown): void {
  const invalid = (why: string) => new MailRenderError(`Mail "${name}": "${variable}" ${why}`);
  if (typeof value !== 'string') throw invalid('must be a URL');
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\s\u0000-\u001f\u007f]/.test(value)) throw invalid('must not contain spaces or control characters');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid('must be an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid('must be an http or https URL');
}
