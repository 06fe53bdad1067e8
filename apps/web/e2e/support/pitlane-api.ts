import type {
  Client,
  Credentials,
  Invitation,
  MfaChallenge,
  MfaEnabled,
  MfaSetup,
  NewClient,
  NewVehicle,
  Role,
  Session,
  SessionTokens,
  SignupResult,
  Vehicle,
} from './api-types';
import type { Mailbox } from './mailbox';
import { totpCode } from './totp';
import { uniqueEmail, uniqueId, uniquePassword } from './unique';

/** A person who can sign in: their credentials, and the session the fixture opened for them. */
export interface Person extends Credentials {
  name: string;
  role: Role;
  userId: string;
  session: Session;
}

/** A workshop made for one test, and its owner. */
export interface TestWorkshop {
  id: string;
  name: string;
  slug: string;
  owner: Person;
}

export interface SignUpOptions {
  name?: string;
  ownerName?: string;
  country?: string;
  timezone?: string;
  locale?: 'en' | 'pl' | 'da';
  /** Follow the verification mail before returning (the worker delivers it: about a second). */
  verifyEmail?: boolean;
}

/** An answer other than the one expected, with the problem+json the API gave. */
export class ApiError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${method} ${path} answered ${status}: ${JSON.stringify(body)}`);
  }
}

export type Token = Session | SessionTokens | string;

/**
 * The API over HTTP, as a client would call it: arranging what a test needs but does not test
 * (a workshop, its staff, its clients and vehicles) without clicking through the UI.
 */
export class PitlaneApi {
  constructor(
    readonly baseUrl: string,
    private readonly mailbox: Mailbox,
  ) {}

  /** Any endpoint: `path` under /api/v1; fails with the problem unless the status is `expect` (any 2xx). */
  async request<T>(
    method: string,
    path: string,
    options: { token?: Token; body?: unknown; expect?: number | number[] } = {},
  ): Promise<T> {
    const token = typeof options.token === 'string' ? options.token : options.token?.accessToken;
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    const json = text !== '' && /json/.test(response.headers.get('content-type') ?? '');
    const body: unknown = json ? JSON.parse(text) : text;
    const expected = options.expect === undefined ? [] : [options.expect].flat();
    if (expected.length === 0 ? !response.ok : !expected.includes(response.status)) {
      throw new ApiError(method, path, response.status, body);
    }
    return body as T;
  }

  /** A new workshop with a unique name (so a unique slug) and owner address. */
  async signUpWorkshop(options: SignUpOptions = {}): Promise<TestWorkshop> {
    const id = uniqueId();
    const owner = { email: uniqueEmail('owner'), password: uniquePassword(), name: options.ownerName ?? 'Olga Owner' };
    const signedUp = await this.request<SignupResult>('POST', '/auth/signup', {
      body: {
        workshopName: options.name ?? `E2E Garage ${id}`,
        email: owner.email,
        password: owner.password,
        ownerName: owner.name,
        country: options.country ?? 'PL',
        timezone: options.timezone ?? 'Europe/Warsaw',
        locale: options.locale ?? 'en',
      },
      expect: 201,
    });
    if (options.verifyEmail) await this.verifyEmail(owner.email);
    return {
      ...signedUp.workshop,
      owner: { ...owner, role: 'owner', userId: signedUp.user.id, session: { ...signedUp, role: 'owner' } },
    };
  }

  /** Follows the newest verification mail to `email`, as its link's page would. */
  async verifyEmail(email: string): Promise<void> {
    const mail = await this.mailbox.waitFor(email, { withLink: '/verify-email' });
    const token = fragmentToken(mail.link('/verify-email'));
    await this.request('POST', '/auth/email/verify', { body: { token } });
  }

  /** A session; fails when the account has two-step verification on (use `loginWithCode`). */
  async login(credentials: Credentials, workshopId?: string): Promise<Session> {
    const outcome = await this.request<Session | MfaChallenge>('POST', '/auth/login', {
      body: { email: credentials.email, password: credentials.password, workshopId },
      expect: 200,
    });
    if ('mfaRequired' in outcome) throw new Error(`${credentials.email} has two-step verification: use loginWithCode`);
    return outcome;
  }

  /** Both login steps of an account with two-step verification, the code from its otpauth URL. */
  async loginWithCode(credentials: Credentials, otpauthUrl: string, at?: number): Promise<Session> {
    const challenge = await this.request<MfaChallenge>('POST', '/auth/login', {
      body: { email: credentials.email, password: credentials.password },
      expect: 200,
    });
    return this.request<Session>('POST', '/auth/login/mfa', {
      body: { mfaToken: challenge.mfaToken, code: totpCode(otpauthUrl, at) },
      expect: 200,
    });
  }

  /** Turns two-step verification on for the session's person; the otpauth URL makes their codes. */
  async enableMfa(token: Token): Promise<{ otpauthUrl: string; recoveryCodes: string[] }> {
    const { otpauthUrl } = await this.request<MfaSetup>('POST', '/me/mfa/setup', { token });
    const { recoveryCodes } = await this.request<MfaEnabled>('POST', '/me/mfa/enable', {
      token,
      body: { code: totpCode(otpauthUrl) },
    });
    return { otpauthUrl, recoveryCodes };
  }

  /** Invites someone (a new unique address unless given); the mail with the link goes out. */
  invite(token: Token, invitee: { role: Role; email?: string; name?: string }): Promise<Invitation> {
    return this.request<Invitation>('POST', '/staff', {
      token,
      body: { email: invitee.email ?? uniqueEmail(invitee.role), role: invitee.role, name: invitee.name },
      expect: 201,
    });
  }

  /** A new staff member: invited by `token`'s person, accepted from the invitation mail's link. */
  async addStaff(token: Token, member: { role: Role; name?: string }): Promise<Person> {
    const name = member.name ?? `${member.role[0]!.toUpperCase()}${member.role.slice(1)} ${uniqueId()}`;
    const invitation = await this.invite(token, { role: member.role, name });
    const mail = await this.mailbox.waitFor(invitation.email, { withLink: '/accept-invitation' });
    const invitationToken = fragmentToken(mail.link('/accept-invitation'));
    const password = uniquePassword();
    const session = await this.request<Session>('POST', '/auth/invitations/accept', {
      body: { token: invitationToken, name, password },
      expect: 201,
    });
    return { email: invitation.email, password, name, role: member.role, userId: session.user.id, session };
  }

  createClient(token: Token, client: Partial<NewClient> = {}): Promise<Client> {
    return this.request<Client>('POST', '/clients', {
      token,
      body: { firstName: 'Jan', lastName: `Kowalski ${uniqueId()}`, ...client },
      expect: 201,
    });
  }

  /** A vehicle of an existing client (`clientId`) or, by default, of a new one made with it. */
  createVehicle(token: Token, vehicle: Partial<NewVehicle> = {}): Promise<Vehicle> {
    const owner = vehicle.clientId ? {} : { client: { firstName: 'Anna', lastName: `Nowak ${uniqueId()}` } };
    return this.request<Vehicle>('POST', '/vehicles', {
      token,
      body: { make: 'Volkswagen', model: 'Golf', ...owner, ...vehicle },
      expect: 201,
    });
  }
}

/** The token of an account link (`/verify-email#token=…`): in the fragment, never the query. */
function fragmentToken(link: string): string | null {
  return new URLSearchParams(new URL(link).hash.slice(1)).get('token');
}
