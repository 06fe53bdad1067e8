'use strict';
// The local SMTP sink keeps every mail as an .eml file. Invitation and estimate links carry a
// token that exists nowhere else in clear, so the demo reads it from the mail, as a person would.
const fs = require('node:fs');
const path = require('node:path');

const POLL_MS = 100;

class MailInbox {
  /** @param {string} mailDir where the sink writes its .eml files */
  constructor(mailDir) {
    this.mailDir = mailDir;
    this.parsed = new Map();
  }

  /**
   * The token of the newest link to `page` (e.g. "/accept-invitation", "/estimate") in a mail to
   * `to` that arrived at or after `since` (ms). Waits for the worker to deliver it.
   */
  async waitForToken({ to, page, since, timeoutMs = 20_000 }) {
    const deadline = Date.now() + timeoutMs;
    // Customer links name the mail's language before the fragment (`/estimate?lang=pl#<token>`).
    const link = new RegExp(`${escapeRegExp(page)}(?:\\?lang=[a-z]+)?(?:#token=|\\?token=|#)([A-Za-z0-9._~%-]+)`);
    for (;;) {
      const token = await this.newestToken(to.toLowerCase(), link, since);
      if (token) return token;
      if (Date.now() > deadline) {
        throw new Error(`no mail to ${to} with a ${page} link reached ${this.mailDir} within ${timeoutMs / 1000}s`);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  async newestToken(to, link, since) {
    const candidates = [];
    for (const name of await fs.promises.readdir(this.mailDir).catch(() => [])) {
      if (!name.endsWith('.eml')) continue;
      const file = path.join(this.mailDir, name);
      const stat = await fs.promises.stat(file).catch(() => null);
      // A little slack: the sink's clock and ours are the same, but mtime has coarse resolution.
      if (stat && stat.mtimeMs >= since - 1000) candidates.push({ file, mtimeMs: stat.mtimeMs, size: stat.size });
    }
    candidates.sort((a, b) => b.mtimeMs - a.mtimeMs);
    for (const { file, size } of candidates) {
      const mail = await this.parse(file, size);
      if (!mail || !mail.recipients.includes(to)) continue;
      const match = link.exec(mail.text);
      if (match) return decodeURIComponent(match[1]);
    }
    return null;
  }

  /** Parsed once per size: a file still being written is read again once it has grown. */
  async parse(file, size) {
    const key = `${file}:${size}`;
    if (this.parsed.has(key)) return this.parsed.get(key);
    const { simpleParser } = require('mailparser');
    try {
      const parsed = await simpleParser(await fs.promises.readFile(file), { skipHtmlToText: true });
      const recipients = [parsed.to]
        .flat()
        .flatMap((group) => group?.value ?? [])
        .map((address) => (address.address || '').toLowerCase());
      const mail = { recipients, text: parsed.text || '' };
      this.parsed.set(key, mail);
      return mail;
    } catch {
      return null;
    }
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

module.exports = { MailInbox };
