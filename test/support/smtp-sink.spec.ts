import {
  classifySmtpFailure,
  createSmtpTransport,
  MailRenderer,
  smtpFailureSummary,
  type SmtpTransport,
} from '@pitlane/mail';
import { SmtpSink } from './smtp-sink';

const FROM = 'no-reply@pitlane.example';

describe('SmtpSink', () => {
  let sink: SmtpSink;
  let transport: SmtpTransport;
  let sent = 0;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    transport = createSmtpTransport({
      host: '127.0.0.1',
      port: sink.port,
      secure: false,
      requireTls: false,
      connectionTimeoutMs: 2_000,
    });
  });

  afterAll(async () => {
    transport.close();
    await sink.close();
  });

  /** Sends a uniquely-subjected message; resolves with its subject, or with the error. */
  async function send(): Promise<{ subject: string; error?: unknown }> {
    sent += 1;
    const subject = `Sink test ${sent}`;
    try {
      await transport.sendMail({ from: FROM, to: 'mechanic@example.com', subject, text: `body ${sent}` });
      return { subject };
    } catch (error) {
      return { subject, error };
    }
  }

  it('receives a rendered mail over SMTP and parses it', async () => {
    const rendered = new MailRenderer().render(
      'password_reset',
      'pl',
      { name: 'Łucja Żółkiewska', code: '731902', minutes: 10 },
      'Kowalski & Syn',
    );
    const info = await transport.sendMail({
      from: { name: 'Kowalski & Syn', address: FROM },
      to: ['lucja@example.com', 'biuro@example.com'],
      ...rendered,
    });

    const mail = await sink.waitFor((received) => received.messageId === info.messageId);
    expect(mail.from).toBe(FROM);
    expect(mail.to).toEqual(['lucja@example.com', 'biuro@example.com']);
    expect(mail.subject).toBe('Kod do zresetowania hasła – Kowalski & Syn');
    expect(mail.text).toContain('Dzień dobry, Łucja Żółkiewska!');
    expect(mail.text).toContain('\n731902\n');
    expect(mail.html).toContain('<html lang="pl"');
    expect(mail.html).toContain('Kowalski &amp; Syn');
    expect(mail.headers.get('subject')).toBe(mail.subject);
    expect(mail.raw).toMatch(/^Content-Type: multipart\/alternative/m);
  });

  it('refuses the next message with a 451, which is a temporary failure', async () => {
    sink.failNext(1, 451, 'Try again later');
    const refused = await send();
    expect(refused.error).toMatchObject({ code: 'EMESSAGE', responseCode: 451 });
    expect(classifySmtpFailure(refused.error)).toBe('temporary');
    expect(smtpFailureSummary(refused.error)).toBe('451 Try again later');
    expect(sink.messages.some((mail) => mail.subject === refused.subject)).toBe(false);

    const next = await send();
    expect(next.error).toBeUndefined();
    await sink.waitFor((mail) => mail.subject === next.subject);
  });

  it('refuses as many messages as asked with a 550, which is a permanent failure', async () => {
    sink.failNext(2, 550, 'mailbox unavailable');
    for (const refused of [await send(), await send()]) {
      expect(refused.error).toMatchObject({ responseCode: 550 });
      expect(classifySmtpFailure(refused.error)).toBe('permanent');
      expect(smtpFailureSummary(refused.error)).toBe('550 mailbox unavailable');
    }
    const next = await send();
    expect(next.error).toBeUndefined();
  });

  it('refuses connections while stopped, a temporary failure, and delivers again on the same port after resume', async () => {
    const port = sink.port;
    await sink.stop();
    const refused = await send();
    expect(refused.error).toMatchObject({ message: expect.stringContaining('ECONNREFUSED') });
    expect(classifySmtpFailure(refused.error)).toBe('temporary');
    expect(smtpFailureSummary(refused.error)).toBe('ECONNREFUSED');

    await sink.resume();
    expect(sink.port).toBe(port);
    const next = await send();
    expect(next.error).toBeUndefined();
    await sink.waitFor((mail) => mail.subject === next.subject);
    expect(sink.messages.some((mail) => mail.subject === refused.subject)).toBe(false);
  });

  it('says what it was waiting for when nothing matches in time', async () => {
    const started = Date.now();
    await expect(sink.waitFor((mail) => mail.subject === 'never sent', 200)).rejects.toThrow(
      /no matching message within 200 ms \(\d+ received: "/,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
