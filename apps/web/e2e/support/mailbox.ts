import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AddressObject, simpleParser } from 'mailparser';

export interface Mail {
  file: string;
  /** When the SMTP sink received it (the stamp in its file name). */
  receivedAt: Date;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Every link in the mail, HTML first, then plain text, absolute as mailed. */
  links: string[];
  /** The first link whose path is `pathname` (`/verify-email`); fails, listing the links, if none. */
  link(pathname: string): string;
}

export interface WaitForMail {
  /** Only a mail whose subject contains this text, or matches this pattern. */
  subject?: string | RegExp;
  /** Only a mail with a link to this path (`/verify-email`): subjects change with the language. */
  withLink?: string;
  /** Only a mail received at or after this moment: for an address that had mail before. */
  after?: Date;
  timeoutMs?: number;
}

/**
 * The SMTP sink's folder (one .eml per message, named by the time it arrived), read as a mailbox.
 * Polls for a message instead of sleeping: it returns as soon as the worker has delivered.
 */
export class Mailbox {
  /** Parsed once per file and size: a file read while the sink was still writing it is read again. */
  private readonly parsed = new Map<string, { size: number; mail: Promise<Mail> }>();

  constructor(private readonly dir: string) {}

  /** The newest mail to `address` that fits `filter`, waiting for it up to `timeoutMs` (20 s). */
  async waitFor(address: string, filter: WaitForMail = {}): Promise<Mail> {
    const timeoutMs = filter.timeoutMs ?? 20_000;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mails = await this.to(address);
      const found = mails.filter((mail) => fits(mail, filter)).at(-1);
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = mails.map((mail) => `  ${mail.receivedAt.toISOString()} "${mail.subject}"`).join('\n');
        throw new Error(
          `no mail to ${address}${describe(filter)} within ${timeoutMs / 1000}s; ` +
            (seen ? `its mails:\n${seen}` : 'it has none') +
            `\n(mail folder: ${this.dir}; the worker's log: e2e-artifacts/stack/worker.log)`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Every mail to `address` so far, oldest first. */
  async to(address: string): Promise<Mail[]> {
    const wanted = address.toLowerCase();
    const files = (await readdir(this.dir)).filter((name) => name.endsWith('.eml')).sort();
    const mails = await Promise.all(files.map((name) => this.read(name)));
    return mails.filter((mail) => mail.to.includes(wanted));
  }

  private async read(name: string): Promise<Mail> {
    const file = path.join(this.dir, name);
    const { size } = await stat(file);
    let known = this.parsed.get(name);
    if (known?.size !== size) {
      known = { size, mail: parse(file) };
      this.parsed.set(name, known);
    }
    return known.mail;
  }
}

async function parse(file: string): Promise<Mail> {
  const message = await simpleParser(await readFile(file));
  const html = typeof message.html === 'string' ? message.html : '';
  const text = message.text ?? '';
  const links = [
    ...[...html.matchAll(/href="([^"]+)"/g)].map((match) => decodeEntities(match[1] ?? '')),
    ...[...text.matchAll(/https?:\/\/[^\s<>")\]]+/g)].map((match) => match[0]),
  ];
  const subject = message.subject ?? '';
  return {
    file,
    receivedAt: receivedAt(path.basename(file)),
    to: [message.to, message.cc, message.bcc].flatMap(addresses),
    subject,
    text,
    html,
    links,
    link(pathname) {
      const found = links.find((link) => linksTo(link, pathname));
      if (!found) throw new Error(`no link to ${pathname} in the mail "${subject}"; its links: ${links.join(', ')}`);
      return found;
    },
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const groups = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return groups.flatMap((group) => group.value.map((entry) => (entry.address ?? '').toLowerCase()));
}

/** The sink names files `2026-03-01T09-30-00.123Z-1a2b3c4d.eml`: an ISO time with `-` for `:`. */
function receivedAt(name: string): Date {
  const stamp = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2}\.\d{3}Z)/.exec(name);
  return stamp ? new Date(`${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}`) : new Date(0);
}

function linksTo(link: string, pathname: string): boolean {
  return URL.canParse(link) && new URL(link).pathname === pathname;
}

function fits(mail: Mail, filter: WaitForMail): boolean {
  if (filter.after && mail.receivedAt < filter.after) return false;
  if (filter.withLink !== undefined && !mail.links.some((link) => linksTo(link, filter.withLink!))) return false;
  if (typeof filter.subject === 'string') return mail.subject.includes(filter.subject);
  return filter.subject ? filter.subject.test(mail.subject) : true;
}

function describe(filter: WaitForMail): string {
  const parts = [
    filter.subject === undefined ? '' : ` with subject ${String(filter.subject)}`,
    filter.withLink === undefined ? '' : ` linking to ${filter.withLink}`,
    filter.after ? ` received after ${filter.after.toISOString()}` : '',
  ];
  return parts.join('');
}

function decodeEntities(value: string): string {
  return value.replaceAll('&amp;', '&').replaceAll('&#x3D;', '=').replaceAll('&#61;', '=');
}
