import { randomBytes } from 'node:crypto';
import { queueStorageDump } from '../../../test/support/queue-storage';
import { MailStack, startMailStack } from '../../../test/support/mail-stack';
import type { ReceivedMail } from '../../../test/support/smtp-sink';
import { TestApi, TestResponse, withAdminClient, Workshop } from '../../../test/support/test-api';
import { testRedisUrl } from '../../../test/support/test-config';
import { secretOf, totpCode } from '../../../test/support/totp';

const INVITATION_LINK = /http:\/\/pitlane\.test\/accept-invitation#token=([A-Za-z0-9_-]{64})/;
const RECOVERY_CODE = /^[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}$/;

interface Invitation {
  readonly id: string;
  readonly email: string;
  readonly role: string;
  readonly status: string;
  readonly expiresAt: string;
}

interface LoginBody {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly role: string;
  readonly user: { id: string; email: string };
  readonly workshop: { id: string };
  readonly mfaRequired?: true;
  readonly mfaToken?: string;
}

const backends: [string, Record<string, string>][] = [['PostgreSQL', {}]];
const redis = testRedisUrl();
if (redis) backends.push(['Redis', { REDIS_URL: redis }]);
else process.stdout.write('[invitation tests] no Redis: the invitation flow runs on the PostgreSQL queue only\n');

/**
 * One mail stack (API, worker, SMTP sink) and everything secret the flows handled, so a suite
 * can prove none of it reached a log line or the queue's storage.
 */
class Flows {
  readonly secrets: string[] = [];
  private readonly consumed = new Set<ReceivedMail>();

  constructor(readonly stack: MailStack) {}

  get api(): TestApi {
    return this.stack.api;
  }

  async signup(name: string): Promise<Workshop> {
    const workshop = await this.api.signupWorkshop(name);
    this.secrets.push(workshop.password, workshop.accessToken, workshop.refreshToken);
    return workshop;
  }

  async addStaff(workshop: Workshop, role: 'owner' | 'manager' | 'mechanic'): Promise<Workshop> {
    const person = await this.api.addStaff(workshop, role);
    this.secrets.push(person.password, person.accessToken, person.refreshToken);
    return person;
  }

  invite(by: Workshop, body: Record<string, unknown>): Promise<TestResponse<Invitation>> {
    return this.api.request<Invitation>('POST', '/api/v1/staff', { token: by.accessToken, body });
  }

  /** The next invitation mail to `address` no earlier call returned, and the token in its link. */
  async invitationMail(address: string): Promise<{ mail: ReceivedMail; token: string }> {
    const mail = await this.stack.sink.waitFor(
      (m) => m.to.includes(address) && INVITATION_LINK.test(m.text) && !this.consumed.has(m),
    );
    this.consumed.add(mail);
    const token = INVITATION_LINK.exec(mail.text)![1]!;
    this.secrets.push(token);
    return { mail, token };
  }

  async nextMail(address: string, subject: RegExp): Promise<ReceivedMail> {
    const mail = await this.stack.sink.waitFor(
      (m) => m.to.includes(address) && subject.test(m.subject) && !this.consumed.has(m),
    );
    this.consumed.add(mail);
    return mail;
  }

  accept(token: string, name: string, password: string): Promise<TestResponse<LoginBody>> {
    this.secrets.push(password);
    return this.api.request<LoginBody>('POST', '/api/v1/auth/invitations/accept', {
      body: { token, name, password },
    });
  }

  async login(email: string, password: string, workshopId?: string): Promise<TestResponse<LoginBody>> {
    const response = await this.api.request<LoginBody>('POST', '/api/v1/auth/login', {
      body: { email, password, ...(workshopId ? { workshopId } : {}) },
    });
    if (response.body?.accessToken) this.secrets.push(response.body.accessToken, response.body.refreshToken);
    if (response.body?.mfaToken) this.secrets.push(response.body.mfaToken);
    return response;
  }

  loginMfa(mfaToken: string, code: string): Promise<TestResponse<LoginBody>> {
    return this.api.request<LoginBody>('POST', '/api/v1/auth/login/mfa', { body: { mfaToken, code } });
  }

  /** Turns two-step verification on for `who`, confirming with the code of the previous step. */
  async enrol(who: { accessToken: string }): Promise<{ otpauthUrl: string; recoveryCodes: string[]; at: number }> {
    const setup = await this.api.request<{ otpauthUrl: string; qrCodeDataUrl: string }>(
      'POST',
      '/api/v1/me/mfa/setup',
      { token: who.accessToken },
    );
    expect(setup.status).toBe(200);
    this.secrets.push(secretOf(setup.body.otpauthUrl));
    // The previous step's code, so the tests keep this step's and the next one's for sign-ins.
    // Should a step boundary fall between computing it and the server checking it, it is two
    // steps old by then: compute it once more (no waiting; the next boundary is 30 s away).
    let at = Date.now();
    const enableAt = async (clock: number) =>
      this.api.request<{ recoveryCodes: string[] }>('POST', '/api/v1/me/mfa/enable', {
        token: who.accessToken,
        body: { code: await totpCode(setup.body.otpauthUrl, -1, clock) },
      });
    let enable = await enableAt(at);
    if (enable.status === 400) enable = await enableAt((at = Date.now()));
    expect(enable.status).toBe(200);
    this.secrets.push(...enable.body.recoveryCodes);
    return { otpauthUrl: setup.body.otpauthUrl, recoveryCodes: enable.body.recoveryCodes, at };
  }

  /** Everything the logs and the queue's storage hold, as one string. */
  async leakSurface(backend: Record<string, string>): Promise<string> {
    await this.stack.worker.drained();
    const queue = await queueStorageDump(backend.REDIS_URL);
    expect(queue).toContain('mail.send');
    return [this.api.logLines.join('\n'), this.stack.worker.logLines.join('\n'), queue].join('\n');
  }
}

describe.each(backends)('staff invitations end to end, queue on %s', (_name, backend) => {
  let flows: Flows;
  let owner: Workshop;

  beforeAll(async () => {
    flows = new Flows(await startMailStack(backend));
    owner = await flows.signup('Invite Garage');
  });

  afterAll(() => flows.stack.close());

  it("invites by e-mail in the workshop's language; the link makes an account with the invited role, once", async () => {
    const email = `marek-${randomBytes(4).toString('hex')}@example.test`;
    const invited = await flows.invite(owner, { email: email.toUpperCase(), role: 'mechanic', name: 'Marek' });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email, role: 'mechanic', status: 'pending' });
    const validDays = (Date.parse(invited.body.expiresAt) - Date.now()) / 86_400_000;
    expect(validDays).toBeGreaterThan(6.99);
    expect(validDays).toBeLessThanOrEqual(7);

    const { mail, token } = await flows.invitationMail(email);
    expect(mail.subject).toMatch(/^Zaproszenie do zespołu warsztatu Invite Garage /);
    expect(mail.html).toContain('lang="pl"');
    expect(mail.text).toContain('Olga Owner zaprasza Cię do zespołu');
    expect(mail.text).toContain('Twoja rola: mechanik');
    expect(mail.text).toContain('7 dni');
    expect(mail.subject).not.toContain(token);

    const password = `a-new-passphrase-${randomBytes(4).toString('hex')}`;
    const accepted = await flows.accept(token, 'Marek Nowak', password);
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ role: 'mechanic', workshop: { id: owner.tenantId }, user: { email } });
    flows.secrets.push(accepted.body.accessToken, accepted.body.refreshToken);
    const me = await flows.api.request<{ user: { emailVerified: boolean }; role: string }>('GET', '/api/v1/me', {
      token: accepted.body.accessToken,
    });
    expect(me.body).toMatchObject({ role: 'mechanic', user: { emailVerified: true } });

    const login = await flows.login(email, password, owner.tenantId);
    expect(login.status).toBe(200);
    expect(login.body.role).toBe('mechanic');

    const reused = await flows.accept(token, 'Marek Nowak', password);
    expect(reused.status).toBe(400);
    expect(reused.body).toMatchObject({ type: expect.stringContaining('invalid-invitation') });
  });

  it('keeps tokens, passwords and links out of every log line and out of the queue storage', async () => {
    const surface = await flows.leakSurface(backend);
    expect(surface.length).toBeGreaterThan(0);
    expect(flows.secrets.length).toBeGreaterThan(5);
    for (const secret of flows.secrets) expect(surface).not.toContain(secret);
    expect(surface).not.toContain('accept-invitation');
  });
});

describe('staff invitations: who may do what, and how links die', () => {
  let flows: Flows;
  let owner: Workshop;
  let manager: Workshop;
  let mechanic: Workshop;

  beforeAll(async () => {
    flows = new Flows(await startMailStack());
    owner = await flows.signup('Rules Garage');
    manager = await flows.addStaff(owner, 'manager');
    mechanic = await flows.addStaff(owner, 'mechanic');
  });

  afterAll(() => flows.stack.close());

  const newAddress = () => `invitee-${randomBytes(4).toString('hex')}@example.test`;

  it('resending mints a new link and a new week: the old link dies', async () => {
    const email = newAddress();
    const invited = await flows.invite(owner, { email, role: 'manager' });
    const first = await flows.invitationMail(email);
    await withAdminClient((client) =>
      client.query(`update invitations set expires_at = now() + interval '1 day' where id = $1`, [invited.body.id]),
    );

    const resent = await flows.api.request<Invitation>('POST', `/api/v1/staff/invitations/${invited.body.id}/resend`, {
      token: manager.accessToken,
    });
    expect(resent.status).toBe(200);
    expect(Date.parse(resent.body.expiresAt) - Date.now()).toBeGreaterThan(6.99 * 86_400_000);
    const second = await flows.invitationMail(email);
    expect(second.token).not.toBe(first.token);

    const password = `another-fine-passphrase-${randomBytes(3).toString('hex')}`;
    expect((await flows.accept(first.token, 'Ewa', password)).status).toBe(400);
    const accepted = await flows.accept(second.token, 'Ewa', password);
    expect(accepted.status).toBe(201);
    expect(accepted.body.role).toBe('manager');
  });

  it('four identical invitations at once (a double-click, a retrying client) all succeed and leave one open', async () => {
    const email = newAddress();
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => flows.invite(owner, { email, role: 'mechanic' })),
    );
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    const open = await withAdminClient((client) =>
      client.query(
        `select count(*)::int as n from invitations
          where tenant_id = $1 and email = $2 and accepted_at is null and revoked_at is null`,
        [owner.tenantId, email],
      ),
    );
    expect(open.rows[0]).toEqual({ n: 1 });
  });

  it('a revoked invitation is gone (204) and its link answers 400', async () => {
    const email = newAddress();
    const invited = await flows.invite(manager, { email, role: 'mechanic' });
    const { token } = await flows.invitationMail(email);
    const revoked = await flows.api.request('DELETE', `/api/v1/staff/invitations/${invited.body.id}`, {
      token: owner.accessToken,
    });
    expect(revoked.status).toBe(204);
    const accept = await flows.accept(token, 'Jan', 'revoked-links-do-not-work');
    expect(accept.status).toBe(400);
    expect(accept.body).toMatchObject({ type: expect.stringContaining('invalid-invitation') });
  });

  it('an expired invitation answers 400, and is listed as expired', async () => {
    const email = newAddress();
    const invited = await flows.invite(owner, { email, role: 'mechanic' });
    const { token } = await flows.invitationMail(email);
    await withAdminClient((client) =>
      client.query(`update invitations set expires_at = now() - interval '1 second' where id = $1`, [invited.body.id]),
    );
    expect((await flows.accept(token, 'Late', 'a-perfectly-fine-passphrase')).status).toBe(400);
    const list = await flows.api.request<{ items: Invitation[] }>('GET', '/api/v1/staff/invitations?limit=100', {
      token: owner.accessToken,
    });
    expect(list.body.items.find((item) => item.id === invited.body.id)?.status).toBe('expired');
  });

  it('lists pending invitations first, paginated', async () => {
    const pending = await flows.invite(owner, { email: newAddress(), role: 'mechanic' });
    const list = await flows.api.request<{ items: Invitation[]; total: number; page: number; limit: number }>(
      'GET',
      '/api/v1/staff/invitations?limit=2',
      { token: manager.accessToken },
    );
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ page: 1, limit: 2 });
    expect(list.body.total).toBeGreaterThanOrEqual(4);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.items[0]).toMatchObject({ id: pending.body.id, status: 'pending' });
    const all = await flows.api.request<{ items: Invitation[] }>('GET', '/api/v1/staff/invitations?limit=100', {
      token: owner.accessToken,
    });
    const statuses = all.body.items.map((item) => item.status);
    expect(statuses.lastIndexOf('pending')).toBeLessThan(statuses.findIndex((status) => status !== 'pending'));
  });

  it('a manager may not invite an owner (403); nobody may invite a member again (409)', async () => {
    const ownerInvite = await flows.invite(manager, { email: newAddress(), role: 'owner' });
    expect(ownerInvite.status).toBe(403);
    expect(ownerInvite.body).toMatchObject({ type: expect.stringContaining('role-forbidden') });
    const member = await flows.invite(owner, { email: mechanic.email, role: 'manager' });
    expect(member.status).toBe(409);
    expect(member.body).toMatchObject({ type: expect.stringContaining('already-member') });
    const mechanicInvites = await flows.invite(mechanic, { email: newAddress(), role: 'mechanic' });
    expect(mechanicInvites.status).toBe(403);
  });

  it("a mechanic cannot see or revoke invitations; another workshop's staff get 404", async () => {
    const invited = await flows.invite(owner, { email: newAddress(), role: 'mechanic' });
    const other = await flows.signup('Elsewhere Garage');
    const otherMechanic = await flows.addStaff(other, 'mechanic');

    for (const who of [mechanic, otherMechanic]) {
      const list = await flows.api.request('GET', '/api/v1/staff/invitations', { token: who.accessToken });
      expect(list.status).toBe(403);
      const revoke = await flows.api.request('DELETE', `/api/v1/staff/invitations/${invited.body.id}`, {
        token: who.accessToken,
      });
      expect(revoke.status).toBe(403);
    }
    const otherOwnerRevoke = await flows.api.request('DELETE', `/api/v1/staff/invitations/${invited.body.id}`, {
      token: other.accessToken,
    });
    expect(otherOwnerRevoke.status).toBe(404);
    const otherOwnerResend = await flows.api.request('POST', `/api/v1/staff/invitations/${invited.body.id}/resend`, {
      token: other.accessToken,
    });
    expect(otherOwnerResend.status).toBe(404);
    const otherList = await flows.api.request<{ items: Invitation[] }>('GET', '/api/v1/staff/invitations', {
      token: other.accessToken,
    });
    expect(otherList.body.items).toEqual([]);
    const stillPending = await flows.api.request<{ items: Invitation[] }>(
      'GET',
      '/api/v1/staff/invitations?limit=100',
      {
        token: owner.accessToken,
      },
    );
    expect(stillPending.body.items.find((item) => item.id === invited.body.id)?.status).toBe('pending');
  });

  it("someone with an account joins with that account's password (401 otherwise), keeping one login", async () => {
    const elsewhere = await flows.signup('Home Garage');
    await flows.invite(owner, { email: elsewhere.email, role: 'manager' });
    const { token } = await flows.invitationMail(elsewhere.email);
    await withAdminClient((client) =>
      client.query('update users set email_verified_at = now() where id = $1', [elsewhere.userId]),
    );

    const wrong = await flows.accept(token, 'Olga', 'not-the-password-of-that-account');
    expect(wrong.status).toBe(401);
    const accepted = await flows.accept(token, 'Ignored Name', elsewhere.password);
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ user: { id: elsewhere.userId }, role: 'manager' });

    const me = await flows.api.request<{ memberships: { workshop: { id: string }; role: string }[] }>(
      'GET',
      '/api/v1/me',
      { token: accepted.body.accessToken },
    );
    expect(me.body.memberships.map((m) => m.workshop.id).sort()).toEqual([owner.tenantId, elsewhere.tenantId].sort());
  });

  it('records created, resent, revoked and accepted in the audit trail, by field name only', async () => {
    const rows = await withAdminClient((client) =>
      client
        .query<{ action: string; changed_fields: string[] }>(
          `select action, changed_fields from audit_events where tenant_id = $1 and entity_type = 'invitation'`,
          [owner.tenantId],
        )
        .then((result) => result.rows),
    );
    const actions = new Set(rows.map((row) => row.action));
    expect([...actions].sort()).toEqual([
      'invitation.accepted',
      'invitation.created',
      'invitation.resent',
      'invitation.revoked',
    ]);
    for (const row of rows) for (const field of row.changed_fields) expect(field).toMatch(/^[a-zA-Z]+$/);
  });
});

describe('two-step verification', () => {
  let flows: Flows;
  let owner: Workshop;

  beforeAll(async () => {
    flows = new Flows(await startMailStack());
    owner = await flows.signup('Totp Garage');
  });

  afterAll(() => flows.stack.close());

  it('enrols: setup gives an otpauth URL and a QR code, a code confirms it, ten recovery codes and a mail', async () => {
    const person = await flows.addStaff(owner, 'mechanic');
    const setup = await flows.api.request<{ otpauthUrl: string; qrCodeDataUrl: string }>(
      'POST',
      '/api/v1/me/mfa/setup',
      { token: person.accessToken },
    );
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUrl).toMatch(
      new RegExp(`^otpauth://totp/Pitlane:${encodeURIComponent(person.email)}\\?secret=[A-Z2-7]{32}&issuer=Pitlane$`),
    );
    expect(setup.body.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    flows.secrets.push(secretOf(setup.body.otpauthUrl));

    const wrong = await flows.api.request('POST', '/api/v1/me/mfa/enable', {
      token: person.accessToken,
      body: { code: '000000' === (await totpCode(setup.body.otpauthUrl)) ? '111111' : '000000' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ type: expect.stringContaining('invalid-mfa-code') });

    // A second setup replaces the first secret: the first one's codes no longer confirm.
    const again = await flows.api.request<{ otpauthUrl: string }>('POST', '/api/v1/me/mfa/setup', {
      token: person.accessToken,
    });
    flows.secrets.push(secretOf(again.body.otpauthUrl));
    expect(secretOf(again.body.otpauthUrl)).not.toBe(secretOf(setup.body.otpauthUrl));
    const stale = await flows.api.request('POST', '/api/v1/me/mfa/enable', {
      token: person.accessToken,
      body: { code: await totpCode(setup.body.otpauthUrl) },
    });
    expect(stale.status).toBe(400);

    const enabled = await flows.api.request<{ recoveryCodes: string[] }>('POST', '/api/v1/me/mfa/enable', {
      token: person.accessToken,
      body: { code: await totpCode(again.body.otpauthUrl) },
    });
    expect(enabled.status).toBe(200);
    expect(enabled.body.recoveryCodes).toHaveLength(10);
    expect(new Set(enabled.body.recoveryCodes).size).toBe(10);
    for (const code of enabled.body.recoveryCodes) expect(code).toMatch(RECOVERY_CODE);
    flows.secrets.push(...enabled.body.recoveryCodes);

    const mail = await flows.nextMail(person.email, /^Weryfikacja dwuetapowa włączona – Totp Garage /);
    expect(mail.html).toContain('lang="pl"');

    const stored = await withAdminClient((client) =>
      client
        .query<{ secret: Buffer; secret_key_id: string; pending_secret: Buffer | null; hashes: Buffer[] }>(
          `select m.secret, m.secret_key_id, m.pending_secret,
                  array(select code_hash from user_recovery_codes c where c.user_id = m.user_id) as hashes
             from user_mfa m where m.user_id = $1`,
          [person.userId],
        )
        .then((result) => result.rows[0]!),
    );
    expect(stored.secret_key_id).toBe('k1');
    expect(stored.pending_secret).toBeNull();
    expect(stored.secret.toString('latin1')).not.toContain(secretOf(again.body.otpauthUrl));
    expect(stored.hashes).toHaveLength(10);

    const setupAgain = await flows.api.request('POST', '/api/v1/me/mfa/setup', { token: person.accessToken });
    expect(setupAgain.status).toBe(409);
  });

  it('login asks for the second factor; a TOTP code works once, a replayed code is refused', async () => {
    const person = await flows.addStaff(owner, 'manager');
    const { otpauthUrl, at } = await flows.enrol(person);

    const first = await flows.login(person.email, person.password, owner.tenantId);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ mfaRequired: true, mfaToken: expect.any(String) });
    // The mfaToken is no access token.
    expect((await flows.api.request('GET', '/api/v1/me', { token: first.body.mfaToken })).status).toBe(401);

    const code = await totpCode(otpauthUrl, 0, at);
    const second = await flows.loginMfa(first.body.mfaToken!, code);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ role: 'manager', workshop: { id: owner.tenantId } });
    flows.secrets.push(second.body.accessToken, second.body.refreshToken);
    expect((await flows.api.request('GET', '/api/v1/me', { token: second.body.accessToken })).status).toBe(200);
    // Nor is an access token an mfaToken.
    const pending = await flows.login(person.email, person.password, owner.tenantId);
    const asChallenge = await flows.loginMfa(second.body.accessToken, await totpCode(otpauthUrl, 1, at));
    expect(asChallenge.status).toBe(401);
    expect(asChallenge.body).toMatchObject({ type: expect.stringContaining('mfa-login-failed') });
    expect(pending.status).toBe(200);

    // The same code again, on a fresh sign-in: already used in its window.
    const retry = await flows.login(person.email, person.password, owner.tenantId);
    const replayed = await flows.loginMfa(retry.body.mfaToken!, code);
    expect(replayed.status).toBe(401);
    expect(replayed.body).toMatchObject({ type: expect.stringContaining('mfa-login-failed') });
    // And an earlier step's code (the one that confirmed enrolment) is spent too.
    expect((await flows.loginMfa(retry.body.mfaToken!, await totpCode(otpauthUrl, -1, at))).status).toBe(401);

    // The spent mfaToken cannot be used again, even with a good code.
    const fresh = await totpCode(otpauthUrl, 1, at);
    expect((await flows.loginMfa(first.body.mfaToken!, fresh)).status).toBe(401);
    const good = await flows.loginMfa(retry.body.mfaToken!, fresh);
    expect(good.status).toBe(200);
    flows.secrets.push(good.body.accessToken, good.body.refreshToken);
  });

  it('every failure of the second step is the same 401, and a challenge dies after five wrong codes', async () => {
    const person = await flows.addStaff(owner, 'mechanic');
    const { recoveryCodes } = await flows.enrol(person);
    const login = await flows.login(person.email, person.password, owner.tenantId);

    const garbage = await flows.loginMfa('not-a-token', '123456');
    const wrongCodes = [];
    for (let attempt = 0; attempt < 5; attempt++)
      wrongCodes.push(await flows.loginMfa(login.body.mfaToken!, 'zzzz-zzzz'));
    expect(garbage.status).toBe(401);
    for (const response of wrongCodes) expect(response.body).toEqual(garbage.body);
    // Five wrong codes later, even a right one is refused: the password has to be given again.
    expect((await flows.loginMfa(login.body.mfaToken!, recoveryCodes[0]!)).status).toBe(401);
  });

  it('a recovery code signs in once, and says so by mail; used again it is refused', async () => {
    const person = await flows.addStaff(owner, 'mechanic');
    const { recoveryCodes } = await flows.enrol(person);
    const recoveryCode = recoveryCodes[3]!;

    const login = await flows.login(person.email, person.password, owner.tenantId);
    const signedIn = await flows.loginMfa(login.body.mfaToken!, recoveryCode.toUpperCase());
    expect(signedIn.status).toBe(200);
    flows.secrets.push(signedIn.body.accessToken, signedIn.body.refreshToken);
    const mail = await flows.nextMail(person.email, /^Użyto kodu odzyskiwania – Totp Garage /);
    expect(mail.text).toContain('Liczba pozostałych kodów odzyskiwania: 9.');

    const again = await flows.login(person.email, person.password, owner.tenantId);
    const reused = await flows.loginMfa(again.body.mfaToken!, recoveryCode);
    expect(reused.status).toBe(401);
    expect(reused.body).toMatchObject({ type: expect.stringContaining('mfa-login-failed') });
  });

  it('disable takes a code (400 without a valid one); afterwards login needs only the password', async () => {
    const person = await flows.addStaff(owner, 'mechanic');
    const { recoveryCodes } = await flows.enrol(person);
    const wrong = await flows.api.request('POST', '/api/v1/me/mfa/disable', {
      token: person.accessToken,
      body: { code: 'zzzz-zzzz' },
    });
    expect(wrong.status).toBe(400);
    const disabled = await flows.api.request('POST', '/api/v1/me/mfa/disable', {
      token: person.accessToken,
      body: { code: recoveryCodes[9]! },
    });
    expect(disabled.status).toBe(204);
    const login = await flows.login(person.email, person.password, owner.tenantId);
    expect(login.status).toBe(200);
    expect(login.body.accessToken).toEqual(expect.any(String));
    const notOn = await flows.api.request('POST', '/api/v1/me/mfa/disable', {
      token: person.accessToken,
      body: { code: recoveryCodes[8]! },
    });
    expect(notOn.status).toBe(409);
  });

  it('an invitation accepted with an account that has 2FA asks for the second factor', async () => {
    const elsewhere = await flows.signup('Second Factor Home');
    const { otpauthUrl, at } = await flows.enrol(elsewhere);
    await withAdminClient((client) =>
      client.query('update users set email_verified_at = now() where id = $1', [elsewhere.userId]),
    );
    await flows.invite(owner, { email: elsewhere.email, role: 'mechanic' });
    const { token } = await flows.invitationMail(elsewhere.email);
    const accepted = await flows.accept(token, 'Whoever', elsewhere.password);
    expect(accepted.status).toBe(201);
    expect(accepted.body).toEqual({ mfaRequired: true, mfaToken: expect.any(String) });
    flows.secrets.push(accepted.body.mfaToken!);
    const session = await flows.loginMfa(accepted.body.mfaToken!, await totpCode(otpauthUrl, 0, at));
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ role: 'mechanic', workshop: { id: owner.tenantId } });
    flows.secrets.push(session.body.accessToken, session.body.refreshToken);
  });

  it('keeps TOTP secrets, recovery codes, tokens and passwords out of every log line and the queue', async () => {
    const surface = await flows.leakSurface({});
    expect(flows.secrets.length).toBeGreaterThan(20);
    for (const secret of flows.secrets) expect(surface).not.toContain(secret);
  });
});

describe('the owner can require 2FA of all staff', () => {
  let flows: Flows;
  let owner: Workshop;
  let manager: Workshop;
  let mechanic: Workshop;

  beforeAll(async () => {
    flows = new Flows(await startMailStack());
    owner = await flows.signup('Policy Garage');
    manager = await flows.addStaff(owner, 'manager');
    mechanic = await flows.addStaff(owner, 'mechanic');
  });

  afterAll(() => flows.stack.close());

  const settings = (who: Workshop, body?: { requireMfa: boolean }) =>
    flows.api.request<{ requireMfa: boolean }>(body ? 'PATCH' : 'GET', '/api/v1/settings/security', {
      token: who.accessToken,
      ...(body ? { body } : {}),
    });

  it('only an owner sets it (everyone may look), and only with 2FA on their own account', async () => {
    expect((await settings(manager)).body).toEqual({ requireMfa: false });
    expect((await settings(mechanic)).body).toEqual({ requireMfa: false });
    expect((await settings(manager, { requireMfa: true })).status).toBe(403);
    expect((await settings(mechanic, { requireMfa: true })).status).toBe(403);

    const withoutOwn = await settings(owner, { requireMfa: true });
    expect(withoutOwn.status).toBe(403);
    expect(withoutOwn.body).toMatchObject({ type: expect.stringContaining('mfa-required') });

    await flows.enrol(owner);
    const on = await settings(owner, { requireMfa: true });
    expect(on.status).toBe(200);
    expect(on.body).toEqual({ requireMfa: true });
    expect((await settings(owner)).body).toEqual({ requireMfa: true });
  });

  it('staff without 2FA get 403 mfa_required everywhere but /me, /me/mfa and logout, until they enrol', async () => {
    const clients = await flows.api.request('GET', '/api/v1/clients', { token: mechanic.accessToken });
    expect(clients.status).toBe(403);
    expect(clients.body).toMatchObject({ type: expect.stringContaining('mfa-required') });
    expect((await flows.api.request('GET', '/api/v1/staff', { token: mechanic.accessToken })).status).toBe(403);
    const me = await flows.api.request('GET', '/api/v1/me', { token: mechanic.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { mfaEnabled: false }, workshop: { requireMfa: true } });

    await flows.enrol(mechanic);
    expect((await flows.api.request('GET', '/api/v1/me', { token: mechanic.accessToken })).body).toMatchObject({
      user: { mfaEnabled: true },
    });
    expect((await flows.api.request('GET', '/api/v1/clients', { token: mechanic.accessToken })).status).toBe(200);
    expect((await flows.api.request('GET', '/api/v1/clients', { token: owner.accessToken })).status).toBe(200);
  });

  it('a mechanic without 2FA reaches /me/mfa/setup and can log out', async () => {
    const newcomer = await flows.addStaff(owner, 'mechanic');
    expect((await flows.api.request('GET', '/api/v1/clients', { token: newcomer.accessToken })).status).toBe(403);
    const setup = await flows.api.request<{ otpauthUrl: string }>('POST', '/api/v1/me/mfa/setup', {
      token: newcomer.accessToken,
    });
    expect(setup.status).toBe(200);
    flows.secrets.push(secretOf(setup.body.otpauthUrl));
    expect((await flows.api.request('POST', '/api/v1/auth/logout', { token: newcomer.accessToken })).status).toBe(204);
  });

  it('turned off, the policy stops applying', async () => {
    const newcomer = await flows.addStaff(owner, 'mechanic');
    expect((await settings(owner, { requireMfa: false })).body).toEqual({ requireMfa: false });
    expect((await flows.api.request('GET', '/api/v1/clients', { token: newcomer.accessToken })).status).toBe(200);
  });
});
