import Handlebars, { type HelperOptions } from 'handlebars';
import { MailRenderError } from './mail-render.error';
import type { MailLocale } from './mail-template';

/** The helpers a template may call; anything else is rejected when the renderer is built. */
export const MAIL_HELPER_NAMES: ReadonlySet<string> = new Set(['plural', 'roleName', 'url']);

// Workshop roles (`owner`, `manager`, `mechanic` in @pitlane/identity) as staff call them.
// A role this table does not know is shown as given.
const ROLE_NAMES: Readonly<Record<MailLocale, Readonly<Record<string, string>>>> = {
  en: { owner: 'owner', manager: 'manager', mechanic: 'mechanic' },
  pl: { owner: 'właściciel', manager: 'kierownik', mechanic: 'mechanik' },
  da: { owner: 'ejer', manager: 'leder', mechanic: 'mekaniker' },
};

export type MailHelpers = Readonly<Record<string, (...args: never[]) => unknown>>;

/**
 * `{{plural minutes one="minute" other="minutes"}}` prints "10 minutes": the form is picked by
 * the locale's plural rules (Polish has one, few and many), falling back to `other`.
 * `{{roleName role}}` prints a role in the mail's language.
 * `{{url link}}` prints a link for an HTML attribute or text, escaping only what HTML requires
 * (`&`, `<`, `>`, quotes), so a link reads in the source exactly as it was given.
 */
export function mailHelpers(locale: MailLocale): MailHelpers {
  const rules = new Intl.PluralRules(locale);
  return {
    plural: (count: unknown, options: HelperOptions): string => {
      if (typeof count !== 'number' || !Number.isFinite(count) || count < 0) {
        throw new MailRenderError(`plural needs a non-negative number, got ${describe(count)}`);
      }
      const category = rules.select(count);
      const form: unknown = options.hash[category] ?? options.hash.other;
      if (typeof form !== 'string') throw new MailRenderError(`plural has no "${category}" or "other" form`);
      return `${count} ${form}`;
    },
    roleName: (role: unknown): string => {
      if (typeof role !== 'string' || role.trim() === '') {
        throw new MailRenderError(`roleName needs a role, got ${describe(role)}`);
      }
      return ROLE_NAMES[locale][role] ?? role;
    },
    url: (link: unknown): Handlebars.SafeString => {
      if (typeof link !== 'string') throw new MailRenderError(`url needs a string, got ${describe(link)}`);
      return new Handlebars.SafeString(link.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] ?? ''));
    },
  };
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function describe(value: unknown): string {
  return value === null ? 'null' : typeof value;
}
