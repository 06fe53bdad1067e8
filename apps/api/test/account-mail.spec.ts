import { randomBytes } from 'node:crypto';
import { startMailStack, MailStack } from '../../../test/support/mail-stack';
import type { ReceivedMail } from '../../../test/support/smtp-sink';
import { TestResponse, withAdminClient, withAppClient } from '../../../test/support/test-api';
import { testRedisUrl } from '../../../test/support/test-config';

interface Account {
  readonly tenantId: string;
  readonly workshopName: string;
  readonly userId: string;
  readonly email: string;
  readonly password: string;
  readonly accessToken: string;
  readonly refreshToken: string;
}

interface Tokens {
  readonly accessToken: string;
  readonly refreshToken: string;
}

const SUBJECTS = {
  verification: /^Confirm your e-mail address for /,
  verificationPl: /^Potwierdź swój adres e-mail – /,
  reset: /^Your password reset code for /,
  change: /^Confirm your new e-mail address for /,
};

const VERIFY_LINK = /http:\/\/pitlane\.test\/verify-email#token=([A-Za-z0-9_-]{43})/;
const CONFIRM_LINK = /http:\/\/pitlane\.test\/confirm-email#token=([A-Za-z0-9_-]{43})/;
const CODE = /^(\d{6})$/m;

const redis = testRedisUrl();
if (!redis) {
  process.stdout.write('[account mail tests] no Redis: account mails run on the PostgreSQL queue backend only\n');
}

/**
 * Drives one mail stack (API, worker, SMTP sink): sign-ups, mails, and every secret the flows
 * handled, so a suite can prove none of them leaked into logs or queue storage.
 */
class Flows {
  /** Codes, link tokens and new passwords this suite handled. */
  readonly secrets: string[] = [];
  private readonly consumed = new Set<ReceivedMail>();

  constructor(readonly stack: MailStack) {}

  get api() {
    return this.stack.api;
  }

  /** The next mail to `address` whose subject matches, that no earlier call has returned. */
  async nextMail(address: string, subject: RegExp): Promise<ReceivedMail> {
    const mail = await this.stack.sink.waitFor(
      (m) => m.to.includes(address) && subject.test(m.subject) && !this.consumed.has(m),
    );
    this.consumed.add(mail);
    return mail;
  }

  async signup(options: { country?: string; email?: string; name?: string } = {}): Promise<Account> {
    const suffix = randomBytes(4).toString('hex');
    const email = options.email ?? `owner-${suffix}@example.test`;
    const password = `correct-horse-${suffix}-battery`;
    const workshopName = `${options.name ?? 'Account Garage'} ${suffix}`;
    const response = await this.api.request<{
      workshop: { id: string };
      user: { id: string };
      accessToken: string;
      refreshToken: string;
    }>('POST', '/api/v1/auth/signup', {
      body: {
        workshopName,
        email,
        password,
        ownerName: 'Olga Owner',
        timezone: 'Europe/Warsaw',
        country: options.country ?? 'GB',
      },
    });
    if (response.status !== 201) throw new Error(`signup failed: ${response.status} ${response.text}`);
    return {
      tenantId: response.body.workshop.id,
      workshopName,
      userId: response.body.user.id,
      email,
      password,
      accessToken: response.body.accessToken,
      refreshToken: response.body.refreshToken,
    };
  }

  login(email: string, password: string, workshopId?: string): Promise<TestResponse<Tokens>> {
    return this.api.request<Tokens>('POST', '/api/v1/auth/login', {
      body: { email, password, ...(workshopId ? { workshopId } : {}) },
    });
  }

  me(token: string): Promise<TestResponse<{ user: { email: string; emailVerified: boolean } }>> {
    return this.api.request('GET', '/api/v1/me', { token });
  }

  refresh(refreshToken: string): Promise<TestResponse> {
    return this.api.request('POST', '/api/v1/auth/refresh', { body: { refreshToken } });
  }

  forgot(email: string): Promise<TestResponse> {
    return this.api.request('POST', '/api/v1/auth/password/forgot', { body: { email } });
  }

  reset(email: string, code: string, newPassword: string): Promise<TestResponse> {
    return this.api.request('POST', '/api/v1/auth/password/reset', { body: { email, code, newPassword } });
  }

  verify(token: string): Promise<TestResponse> {
    return this.api.request('POST', '/api/v1/auth/email/verify', { body: { token } });
  }

  confirmChange(token: string): Promise<TestResponse> {
    return this.api.request('POST', '/api/v1/auth/email/change/confirm', { body: { token } });
  }

  /** Asks for a code and reads it from the mail. */
  async resetCode(email: string): Promise<{ code: string; mail: ReceivedMail }> {
    expect((await this.forgot(email)).status).toBe(202);
    const mail = await this.nextMail(email, SUBJECTS.reset);
    return { code: this.remember(extract(mail, CODE)), mail };
  }

  async verificationToken(email: string, subject = SUBJECTS.verification): Promise<string> {
    return this.remember(extract(await this.nextMail(email, subject), VERIFY_LINK));
  }

  /** A fresh password that passes the policy, remembered as a secret. */
  newPassword(): string {
    return this.remember(`new-secret-${randomBytes(6).toString('hex')}-phrase`);
  }

  remember(secret: string): string {
    this.secrets.push(secret);
    return secret;
  }

  /** Makes `account` staff of `workshop` too (as invitations will), and signs them in there. */
  async joinWorkshop(account: Account, workshop: Account): Promise<Tokens> {
    await withAppClient(async (client) => {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [workshop.tenantId]);
      await client.query(
        `insert into memberships (tenant_id, id, user_id, role) values ($1, gen_random_uuid(), $2, 'mechanic')`,
        [workshop.tenantId, account.userId],
      );
      await client.query('commit');
    });
    const login = await this.login(account.email, account.password, workshop.tenantId);
    expect(login.status).toBe(200);
    return login.body;
  }
}

function extract(mail: ReceivedMail, pattern: RegExp): string {
  const match = pattern.exec(mail.text);
  if (!match?.[1]) throw new Error(`no ${String(pattern)} in mail "${mail.subject}"`);
  return match[1];
}

/** Another six digits than `code`. */
function wrongCode(code: string, offset: number): string {
  return String((Number(code) + offset) % 1_000_000).padStart(6, '0');
}

/** The headers of a response that may differ between two identical answers. */
function comparableHeaders(response: TestResponse): Record<string, unknown> {
  const { ['x-request-id']: _id, date: _date, ...rest } = response.headers;
  return rest;
}

async function postgresQueueDump(): Promise<string> {
  return withAdminClient(async (client) => {
    const rows = await client.query<{ row: string }>('select j::text as row from bullmq.job j');
    return rows.rows.map((r) => r.row).join('\n');
  });
}

async function redisQueueDump(url: string, namespace: string): Promise<string> {
  const { default: IORedis } = await import('ioredis');
  const client = new IORedis(url);
  try {
    const values: string[] = [];
    for (const key of await client.keys(`bull:${namespace}-*`)) {
      const type = await client.type(key);
      if (type === 'hash') values.push(JSON.stringify(await client.hgetall(key)));
      else if (type === 'string') values.push((await client.get(key)) ?? '');
      else if (type === 'list') values.push(...(await client.lrange(key, 0, -1)));
      else if (type === 'zset') values.push(...(await client.zrange(key, 0, -1)));
      else if (type === 'stream') values.push(JSON.stringify(await client.xrange(key, '-', '+')));
    }
    return values.join('\n');
  } finally {
    client.disconnect();
  }
}

/** What the mail ledger keeps in clear (the sealed secrets are ciphertext, wiped once sent). */
async function ledgerDump(): Promise<string> {
  return withAdminClient(async (client) => {
    const rows = await client.query<{ row: string }>(
      `select concat_ws(' ', idempotency_key, recipient_email, data::text, last_error) as row from mail_messages`,
    );
    return rows.rows.map((r) => r.row).join('\n');
  });
}

function expectNoSecrets(haystack: string, secrets: readonly string[]): void {
  for (const secret of secrets) expect(haystack.includes(secret) ? secret : null).toBeNull();
}

describe('account mails through the queue on PostgreSQL', () => {
  let flows: Flows;

  beforeAll(async () => {
    flows = new Flows(await startMailStack());
  });

  afterAll(() => flows.stack.close());

  describe('e-mail verification', () => {
    it('signup mails a link in the workshop language; it verifies the address once, then answers 400', async () => {
      const owner = await flows.signup({ country: 'PL', name: 'Warsztat Łukasza' });
      expect((await flows.me(owner.accessToken)).body.user.emailVerified).toBe(false);

      const mail = await flows.nextMail(owner.email, SUBJECTS.verificationPl);
      expect(mail.subject).toContain(owner.workshopName);
      expect(mail.text).toContain('Potwierdź swój adres e-mail, aby dokończyć zakładanie konta');
      expect(mail.html).toContain('lang="pl"');
      const token = flows.remember(extract(mail, VERIFY_LINK));

      expect((await flows.verify(token)).status).toBe(204);
      expect((await flows.me(owner.accessToken)).body.user).toMatchObject({ email: owner.email, emailVerified: true });

      const reused = await flows.verify(token);
      expect(reused.status).toBe(400);
      expect(String(reused.headers['content-type'])).toContain('application/problem+json');
      expect(reused.body).toMatchObject({ status: 400, type: 'https://pitlane.dev/problems/invalid-link' });
    });

    it('an unknown or expired link answers the same 400, not 404 or 500', async () => {
      const unknown = await flows.verify(randomBytes(32).toString('base64url'));
      expect(unknown.status).toBe(400);
      expect(unknown.body).toMatchObject({ type: 'https://pitlane.dev/problems/invalid-link' });

      const owner = await flows.signup();
      const token = await flows.verificationToken(owner.email);
      await withAdminClient((client) =>
        client.query(
          `update email_verification_tokens set expires_at = now() - interval '1 second' where user_id = $1`,
          [owner.userId],
        ),
      );
      const expired = await flows.verify(token);
      expect(expired.status).toBe(400);
      expect(expired.body).toMatchObject({ type: 'https://pitlane.dev/problems/invalid-link' });
      expect((await flows.me(owner.accessToken)).body.user.emailVerified).toBe(false);
    });

    it('a new link (202) voids the older one; once verified, asking again answers 409', async () => {
      const owner = await flows.signup();
      const first = await flows.verificationToken(owner.email);
      const resent = await flows.api.request('POST', '/api/v1/me/email/verification', { token: owner.accessToken });
      expect(resent.status).toBe(202);
      const second = await flows.verificationToken(owner.email);
      expect(second).not.toBe(first);

      expect((await flows.verify(first)).status).toBe(400);
      expect((await flows.verify(second)).status).toBe(204);

      const again = await flows.api.request('POST', '/api/v1/me/email/verification', { token: owner.accessToken });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ type: 'https://pitlane.dev/problems/already-verified' });

      // Each link had its own mail: the idempotency key is per token.
      const keys = await withAdminClient((client) =>
        client
          .query<{ key: string }>(
            `select idempotency_key as key from mail_messages where recipient_user_id = $1 and template = 'email_verification'`,
            [owner.userId],
          )
          .then((result) => result.rows.map((row) => row.key)),
      );
      expect(new Set(keys).size).toBe(2);
    });

    it('answers 409 email_taken when another account verified the address first', async () => {
      const email = `shared-${randomBytes(4).toString('hex')}@example.test`;
      const early = await flows.signup({ email, name: 'Early Garage' });
      const late = await flows.signup({ email, name: 'Late Garage' });
      const earlyToken = await flows.verificationToken(email, new RegExp(early.workshopName));
      const lateToken = await flows.verificationToken(email, new RegExp(late.workshopName));

      expect((await flows.verify(lateToken)).status).toBe(204);
      const taken = await flows.verify(earlyToken);
      expect(taken.status).toBe(409);
      expect(taken.body).toMatchObject({ type: 'https://pitlane.dev/problems/email-taken' });
      expect((await flows.me(early.accessToken)).body.user.emailVerified).toBe(false);
    });

    it('signing up with a verified address answers like a new one; its owner is told, and it takes nothing', async () => {
      const owner = await flows.signup({ name: 'Verified Garage' });
      expect((await flows.verify(await flows.verificationToken(owner.email))).status).toBe(204);

      const fresh = await flows.signup({ name: 'Fresh Garage' });
      const squatter = await flows.signup({ email: owner.email, name: 'Squatter Garage' });
      // The address's owner learns that it was used, and is sent to sign in: no link that confirms.
      const notice = await flows.nextMail(owner.email, /Someone used your e-mail address/);
      expect(notice.text).toContain(squatter.workshopName);
      expect(notice.text).toMatch(/\/login\b/);
      expect(notice.text).not.toMatch(VERIFY_LINK);
      await flows.verificationToken(fresh.email, new RegExp(fresh.workshopName));
      // The new workshop's mail log reads like any signup's: nothing there tells the two apart.
      const logOf = async (account: { accessToken: string }) => {
        const log = await flows.api.request<{ items: Record<string, unknown>[] }>('GET', '/api/v1/mail-log', {
          token: account.accessToken,
        });
        expect(log.status).toBe(200);
        return log.body.items.map(({ template, locale }) => ({ template, locale }));
      };
      expect(await logOf(squatter)).toEqual(await logOf(fresh));

      // Asking again sends the owner the notice again, never a link that would confirm.
      expect(
        (await flows.api.request('POST', '/api/v1/me/email/verification', { token: squatter.accessToken })).status,
      ).toBe(202);
      expect((await flows.nextMail(owner.email, /Someone used your e-mail address/)).text).not.toMatch(VERIFY_LINK);
      expect((await flows.me(squatter.accessToken)).body.user.emailVerified).toBe(false);
      expect((await flows.me(owner.accessToken)).body.user).toMatchObject({ email: owner.email, emailVerified: true });
    });
  });

  describe('password reset', () => {
    it('a mailed code resets the password and ends every session in every workshop', async () => {
      const person = await flows.signup({ name: 'Home Garage' });
      const other = await flows.signup({ name: 'Other Garage' });
      const elsewhere = await flows.joinWorkshop(person, other);
      const again = await flows.login(person.email, person.password, person.tenantId);
      const sessions: Tokens[] = [person, elsewhere, again.body];
      for (const session of sessions) expect((await flows.me(session.accessToken)).status).toBe(200);

      const { code, mail } = await flows.resetCode(person.email);
      // Sent in the name of the first workshop the person belongs to, in its language.
      expect(mail.subject).toBe(`Your password reset code for ${person.workshopName}`);
      expect(mail.text).toContain('valid for 10 minutes');
      const newPassword = flows.newPassword();

      expect((await flows.reset(person.email, code, newPassword)).status).toBe(204);

      for (const session of sessions) {
        expect((await flows.me(session.accessToken)).status).toBe(401);
        expect((await flows.refresh(session.refreshToken)).status).toBe(401);
      }
      const reasons = await withAdminClient((client) =>
        client
          .query<{ reason: string }>('select revoke_reason as reason from sessions where user_id = $1', [person.userId])
          .then((result) => result.rows.map((row) => row.reason)),
      );
      expect(reasons).toEqual(['password_changed', 'password_changed', 'password_changed']);

      expect((await flows.login(person.email, person.password)).status).toBe(401);
      expect((await flows.login(person.email, newPassword)).status).toBe(200);
      expect((await flows.login(person.email, newPassword, other.tenantId)).status).toBe(200);

      const reused = await flows.reset(person.email, code, flows.newPassword());
      expect(reused.status).toBe(400);
      expect(reused.body).toMatchObject({ type: 'https://pitlane.dev/problems/invalid-reset-code' });
    });

    it('five wrong codes use the code up: the sixth try fails even with the right code', async () => {
      const person = await flows.signup();
      const { code } = await flows.resetCode(person.email);
      const newPassword = flows.newPassword();

      const answers: TestResponse[] = [];
      for (let i = 1; i <= 5; i++) answers.push(await flows.reset(person.email, wrongCode(code, i), newPassword));
      answers.push(await flows.reset(person.email, code, newPassword));

      for (const answer of answers) {
        expect(answer.status).toBe(400);
        expect(answer.body).toEqual(answers[0]!.body);
      }
      expect(answers[0]!.body).toMatchObject({ type: 'https://pitlane.dev/problems/invalid-reset-code' });
      expect((await flows.login(person.email, newPassword)).status).toBe(401);
      expect((await flows.login(person.email, person.password)).status).toBe(200);
    });

    it('refuses an expired code, and a code replaced by a newer one', async () => {
      const person = await flows.signup();
      const { code: first } = await flows.resetCode(person.email);
      const { code: second } = await flows.resetCode(person.email);
      const newPassword = flows.newPassword();
      if (first !== second) expect((await flows.reset(person.email, first, newPassword)).status).toBe(400);

      await withAdminClient((client) =>
        client.query(`update password_reset_codes set expires_at = now() - interval '1 second' where user_id = $1`, [
          person.userId,
        ]),
      );
      expect((await flows.reset(person.email, second, newPassword)).status).toBe(400);
      expect((await flows.login(person.email, person.password)).status).toBe(200);

      const { code: third } = await flows.resetCode(person.email);
      expect((await flows.reset(person.email, third, newPassword)).status).toBe(204);
    });

    it('applies the password policy to the new password', async () => {
      const person = await flows.signup();
      const { code } = await flows.resetCode(person.email);
      const weak = await flows.reset(person.email, code, 'password1234');
      expect(weak.status).toBe(400);
      expect(weak.body).toMatchObject({ type: 'https://pitlane.dev/problems/weak-password' });
      // A refused password does not spend the code.
      expect((await flows.reset(person.email, code, flows.newPassword())).status).toBe(204);
    });

    it('gives a known and an unknown address the same answers', async () => {
      const person = await flows.signup();
      const unknown = `nobody-${randomBytes(4).toString('hex')}@example.test`;

      const known = await flows.forgot(person.email);
      const stranger = await flows.forgot(unknown);
      expect(known.status).toBe(202);
      expect({ status: stranger.status, body: stranger.text, headers: comparableHeaders(stranger) }).toEqual({
        status: known.status,
        body: known.text,
        headers: comparableHeaders(known),
      });
      const code = flows.remember(extract(await flows.nextMail(person.email, SUBJECTS.reset), CODE));

      const wrongForKnown = await flows.reset(person.email, wrongCode(code, 1), flows.newPassword());
      const wrongForUnknown = await flows.reset(unknown, wrongCode(code, 1), flows.newPassword());
      expect(wrongForKnown.status).toBe(400);
      expect({ status: wrongForUnknown.status, body: wrongForUnknown.text }).toEqual({
        status: wrongForKnown.status,
        body: wrongForKnown.text,
      });
    });
  });

  describe('e-mail change', () => {
    it('needs the password, mails the new address a link, and moves the sign-in to it', async () => {
      const person = await flows.signup();
      const newEmail = `moved-${randomBytes(4).toString('hex')}@example.test`;
      const change = (password: string) =>
        flows.api.request('POST', '/api/v1/me/email', { token: person.accessToken, body: { newEmail, password } });

      const wrong = await change('not-the-password-at-all');
      expect(wrong.status).toBe(401);
      expect(wrong.body).toMatchObject({ type: 'https://pitlane.dev/problems/invalid-credentials' });
      // A wrong password does not end the session.
      expect((await flows.me(person.accessToken)).status).toBe(200);

      expect((await change(person.password)).status).toBe(202);
      const mail = await flows.nextMail(newEmail, SUBJECTS.change);
      expect(mail.subject).toContain(person.workshopName);
      const token = flows.remember(extract(mail, CONFIRM_LINK));
      // Nothing changes until the link is opened.
      expect((await flows.me(person.accessToken)).body.user.email).toBe(person.email);

      expect((await flows.confirmChange(token)).status).toBe(204);
      expect((await flows.me(person.accessToken)).body.user).toMatchObject({ email: newEmail, emailVerified: true });
      expect((await flows.login(newEmail, person.password)).status).toBe(200);
      expect((await flows.login(person.email, person.password)).status).toBe(401);

      const reused = await flows.confirmChange(token);
      expect(reused.status).toBe(400);
      expect(reused.body).toMatchObject({ type: 'https://pitlane.dev/problems/invalid-link' });
    });

    it('refuses an address someone has verified (409), also when it happens after the request', async () => {
      const holder = await flows.signup();
      expect((await flows.verify(await flows.verificationToken(holder.email))).status).toBe(204);

      const person = await flows.signup();
      const taken = await flows.api.request('POST', '/api/v1/me/email', {
        token: person.accessToken,
        body: { newEmail: holder.email, password: person.password },
      });
      expect(taken.status).toBe(409);
      expect(taken.body).toMatchObject({ type: 'https://pitlane.dev/problems/email-taken' });

      // The address is free when asked for, and verified by another sign-up before the link is opened.
      const contested = `contested-${randomBytes(4).toString('hex')}@example.test`;
      const requested = await flows.api.request('POST', '/api/v1/me/email', {
        token: person.accessToken,
        body: { newEmail: contested, password: person.password },
      });
      expect(requested.status).toBe(202);
      const token = flows.remember(extract(await flows.nextMail(contested, SUBJECTS.change), CONFIRM_LINK));
      await flows.signup({ email: contested });
      expect((await flows.verify(await flows.verificationToken(contested))).status).toBe(204);

      const late = await flows.confirmChange(token);
      expect(late.status).toBe(409);
      expect(late.body).toMatchObject({ type: 'https://pitlane.dev/problems/email-taken' });
      expect((await flows.me(person.accessToken)).body.user.email).toBe(person.email);
    });

    it('a bad link answers 400', async () => {
      const response = await flows.confirmChange(randomBytes(32).toString('base64url'));
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ type: 'https://pitlane.dev/problems/invalid-link' });
    });
  });

  describe('secrets', () => {
    it('no code, link token or new password reaches a log line, the queue or the mail ledger in clear', async () => {
      await flows.stack.worker.drained();
      expect(flows.secrets.length).toBeGreaterThanOrEqual(15);
      expect(flows.stack.api.logLines.length).toBeGreaterThan(0);
      expect(flows.stack.worker.logLines.length).toBeGreaterThan(0);
      const queue = await postgresQueueDump();
      expect(queue.length).toBeGreaterThan(0);
      expectNoSecrets(flows.stack.api.logLines.join('\n'), flows.secrets);
      expectNoSecrets(flows.stack.worker.logLines.join('\n'), flows.secrets);
      expectNoSecrets(queue, flows.secrets);
      expectNoSecrets(await ledgerDump(), flows.secrets);
    });
  });
});

(redis ? describe : describe.skip)('password reset with the queue on Redis', () => {
  const namespace = `test-${randomBytes(4).toString('hex')}`;
  let flows: Flows;

  beforeAll(async () => {
    flows = new Flows(await startMailStack({ REDIS_URL: redis ?? '', QUEUE_NAMESPACE: namespace }));
  });

  afterAll(() => flows.stack.close());

  it('delivers the code, resets the password, and ends the sessions', async () => {
    const person = await flows.signup();
    const { code } = await flows.resetCode(person.email);
    const newPassword = flows.newPassword();
    expect((await flows.reset(person.email, wrongCode(code, 7), newPassword)).status).toBe(400);
    expect((await flows.reset(person.email, code, newPassword)).status).toBe(204);
    expect((await flows.me(person.accessToken)).status).toBe(401);
    expect((await flows.refresh(person.refreshToken)).status).toBe(401);
    expect((await flows.login(person.email, newPassword)).status).toBe(200);
    expect((await flows.reset(person.email, code, flows.newPassword())).status).toBe(400);
  });

  it('keeps the code and the new password out of Redis and the logs', async () => {
    await flows.stack.worker.drained();
    const queue = await redisQueueDump(redis ?? '', namespace);
    expect(queue.length).toBeGreaterThan(0);
    expectNoSecrets(queue, flows.secrets);
    expectNoSecrets(flows.stack.api.logLines.join('\n'), flows.secrets);
    expectNoSecrets(flows.stack.worker.logLines.join('\n'), flows.secrets);
  });
});
