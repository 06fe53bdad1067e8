import { createSmtpTransport, MailRenderer } from '@pitlane/mail';
import { simpleParser } from 'mailparser';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the plain-JS sink `npm start` runs
const { startLocalSmtpSink } = require('../../scripts/lib/smtp-sink') as {
  startLocalSmtpSink: (options: {
    port: number;
    mailDir: string;
    log?: (line: string) => void;
  }) => Promise<{ port: number; close: () => Promise<void> }>;
};

describe('the local SMTP sink of npm start', () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'pitlane-mail-'));
  const mailDir = path.join(parent, 'not', 'yet', 'there');
  const lines: string[] = [];
  let sink: { port: number; close: () => Promise<void> };

  beforeAll(async () => {
    sink = await startLocalSmtpSink({ port: 0, mailDir, log: (line) => lines.push(line) });
  });

  afterAll(async () => {
    await sink.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it('writes each message to an .eml file and logs its subject and recipient count, not its contents', async () => {
    const link = 'https://app.pitlane.example/auth/verify?token=secret-token-123';
    const mail = new MailRenderer().render(
      'email_verification',
      'da',
      { name: 'Mette', link, addressTaken: 0 },
      'Bilværksted Nord',
    );
    const transport = createSmtpTransport({ host: '127.0.0.1', port: sink.port, secure: false, requireTls: false });
    try {
      await transport.sendMail({ from: 'no-reply@pitlane.example', to: ['mette@example.com'], ...mail });
    } finally {
      transport.close();
    }

    const files = readdirSync(mailDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z-[0-9a-f]{8}\.eml$/);
    const eml = readFileSync(path.join(mailDir, files[0]!), 'utf8');
    expect(eml).toMatch(/^Subject: /m);
    const parsed = await simpleParser(eml);
    expect(parsed.subject).toBe('Bekræft din e-mailadresse hos Bilværksted Nord');
    expect(parsed.text).toContain(link);

    expect(lines).toEqual([`mail: "${mail.subject}" to 1 recipient -> ${files[0]}`]);
    expect(lines.join('\n')).not.toContain('secret-token-123');
    expect(lines.join('\n')).not.toContain('Mette');
  });
});
