import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerError, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope sender (MAIL FROM). */
  from: string;
  /** The envelope recipients (RCPT TO), Bcc included. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Map<string, unknown>;
  raw: string;
}

interface PlannedFailure {
  code: number;
  message: string;
}

const POLL_INTERVAL_MS = 20;

/**
 * A real SMTP server on 127.0.0.1 for tests: no login, no STARTTLS. It keeps every message it
 * accepts, parsed, and can refuse messages or connections on demand, so that a test can prove
 * how the sender copes with a 4xx, a 5xx or a server that is down.
 */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  private server: SMTPServer | undefined;
  private readonly failures: PlannedFailure[] = [];

  private constructor(private listeningPort: number) {}

  /** Starts listening; port 0 picks a free one. */
  static async start(port = 0): Promise<SmtpSink> {
    const sink = new SmtpSink(port);
    await sink.listen();
    return sink;
  }

  get port(): number {
    return this.listeningPort;
  }

  /**
   * Answers the next `count` messages' DATA with `code` and `message` instead of accepting them:
   * 4xx for a temporary refusal, 5xx for a permanent one. Refused messages are not kept.
   */
  failNext(count: number, code: number, message: string): void {
    if (!Number.isInteger(count) || count < 1) throw new Error(`failNext needs a positive count, got ${count}`);
    if (!Number.isInteger(code) || code < 400 || code > 599) throw new Error(`failNext needs a 4xx or 5xx code`);
    for (let i = 0; i < count; i += 1) this.failures.push({ code, message });
  }

  /** Stops listening: new connections are refused (ECONNREFUSED) until `resume()`. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Listens again on the same port. */
  async resume(): Promise<void> {
    if (this.server) return;
    await this.listen();
  }

  /** The first message, received already or still to come, that matches; never a fixed sleep. */
  async waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs = 10_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(predicate);
      if (found) return found;
      if (Date.now() >= deadline) {
        const subjects = this.messages.map((mail) => JSON.stringify(mail.subject)).join(', ') || 'none';
        throw new Error(
          `SmtpSink on port ${this.port}: no matching message within ${timeoutMs} ms ` +
            `(${this.messages.length} received: ${subjects})`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
  }

  /** Stops listening for good and forgets planned failures. */
  async close(): Promise<void> {
    this.failures.length = 0;
    await this.stop();
  }

  private async listen(): Promise<void> {
    const server = new SMTPServer({
      banner: 'Pitlane test SMTP sink',
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      // nodemailer closes its connection after each message; never wait long for a straggler.
      closeTimeout: 1_000,
      onData: (stream, session, callback) => {
        this.receive(stream, session).then(
          () => callback(),
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.listeningPort, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    // A client that drops its connection makes the server emit 'error'; that is the client's
    // business, and an unheard 'error' event would crash the test process.
    server.on('error', () => undefined);
    this.listeningPort = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const failure = this.failures.shift();
    if (failure) {
      const error: SMTPServerError = new Error(failure.message);
      error.responseCode = failure.code;
      throw error;
    }
    const raw = Buffer.concat(chunks);
    const parsed = await simpleParser(raw);
    const mailFrom = session.envelope.mailFrom;
    this.messages.push({
      from: mailFrom ? mailFrom.address : '',
      to: session.envelope.rcptTo.map((recipient) => recipient.address),
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: parsed.html || '',
      messageId: parsed.messageId ?? '',
      headers: parsed.headers,
      raw: raw.toString('utf8'),
    });
  }
}
