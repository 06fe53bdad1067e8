import { createServer, type Server, type Socket } from 'node:net';
import { classifySmtpFailure, smtpFailureSummary } from './smtp-failure';
import type { SmtpSettings } from './smtp-settings';
import { createSmtpTransport } from './smtp-transport';

const SETTINGS: SmtpSettings = { host: '127.0.0.1', port: 2525, secure: false, requireTls: false };

describe('createSmtpTransport', () => {
  it('passes the settings through with short timeouts and no file or URL access', () => {
    const transport = createSmtpTransport({
      ...SETTINGS,
      host: 'smtp.example.com',
      port: 587,
      requireTls: true,
      user: 'pitlane',
      password: 'secret',
    });
    expect(transport.options).toMatchObject({
      host: 'smtp.example.com',
      port: 587,
      secure: false,
      requireTLS: true,
      auth: { user: 'pitlane', pass: 'secret' },
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      disableFileAccess: true,
      disableUrlAccess: true,
    });
    expect(transport.options).not.toHaveProperty('pool');
    transport.close();
  });

  it('sends without logging in when no user is configured, or an empty one', () => {
    for (const settings of [SETTINGS, { ...SETTINGS, user: '', password: '' }]) {
      const transport = createSmtpTransport(settings);
      expect(transport.options.auth).toBeUndefined();
      transport.close();
    }
  });

  it.each<[string, Partial<SmtpSettings>, RegExp]>([
    ['an empty host', { host: ' ' }, /host is empty/],
    ['port 0', { port: 0 }, /port 0 is not a TCP port/],
    ['port 70000', { port: 70_000 }, /not a TCP port/],
    ['a user without a password', { user: 'pitlane' }, /user and password must be given together/],
    ['a password without a user', { password: 'secret' }, /together/],
    ['a zero timeout', { connectionTimeoutMs: 0 }, /connectionTimeoutMs/],
  ])('refuses %s', (_, change, message) => {
    expect(() => createSmtpTransport({ ...SETTINGS, ...change })).toThrow(message);
  });

  describe('against a server that accepts the connection but never greets', () => {
    let server: Server;
    let port: number;
    const sockets = new Set<Socket>();

    beforeAll(async () => {
      server = createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as { port: number }).port;
    });

    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('gives up after connectionTimeoutMs with a temporary failure', async () => {
      const transport = createSmtpTransport({ ...SETTINGS, port, connectionTimeoutMs: 300 });
      const started = Date.now();
      const error = await transport
        .sendMail({ from: 'a@pitlane.example', to: 'b@example.com', subject: 'x', text: 'y' })
        .then(
          () => undefined,
          (failure: unknown) => failure,
        );
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(error).toMatchObject({ code: 'ETIMEDOUT' });
      expect(classifySmtpFailure(error)).toBe('temporary');
      expect(smtpFailureSummary(error)).toMatch(/^ETIMEDOUT/);
      transport.close();
    });
  });
});
