'use strict';
// A local SMTP server for `npm start`: Pitlane sends real mail to it, and every message lands
// as an .eml file in mailDir, to open in any mail client. No login, no STARTTLS, loopback only.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

/**
 * @param {{ port: number, mailDir: string, log?: (line: string) => void }} options
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
async function startLocalSmtpSink({ port, mailDir, log = () => {} }) {
  const { SMTPServer } = require('smtp-server');
  const { simpleParser } = require('mailparser');
  fs.mkdirSync(mailDir, { recursive: true });

  const server = new SMTPServer({
    banner: 'Pitlane local mail sink',
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 2_000,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        store(Buffer.concat(chunks), session.envelope.rcptTo.length).then(() => callback(), callback);
      });
    },
  });

  async function store(raw, recipients) {
    // ISO 8601 with the colons replaced, so the name is valid on every file system.
    const stamp = new Date().toISOString().replaceAll(':', '-');
    const file = path.join(mailDir, `${stamp}-${crypto.randomBytes(4).toString('hex')}.eml`);
    await fs.promises.writeFile(file, raw, { flag: 'wx' });
    // Subject and recipient count only: bodies carry codes and links, which stay in the file.
    // The message is stored either way; a subject that fails to parse only costs the log line.
    const subject = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true }).then(
      (parsed) => parsed.subject,
      () => undefined,
    );
    log(
      `mail: "${subject ?? '(no subject)'}" to ${recipients} recipient${recipients === 1 ? '' : 's'} -> ${path.basename(file)}`,
    );
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A client dropping its connection is reported as 'error'; it must not stop the sink.
  server.on('error', (error) => log(`mail sink: ${error.message}`));

  return {
    port: server.server.address().port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

module.exports = { startLocalSmtpSink };
