// The API's shapes the fixtures use, from the types generated from its own OpenAPI document
// (src/lib/api/schema.gen.ts, checked against the API in CI): nothing typed by hand.
import type { components } from '../../src/lib/api/schema.gen';

type Schemas = components['schemas'];

/** `LoginResponse`: a signed-in person in one workshop. */
export type Session = Schemas['LoginResponse'];
export type Role = Session['role'];
export type SessionTokens = Pick<Session, 'accessToken' | 'refreshToken' | 'expiresIn'>;
export type SignupResult = Schemas['SignupResponse'];
/** The first login step of an account with two-step verification on. */
export type MfaChallenge = Schemas['MfaChallengeResponse'];
export type MfaSetup = Schemas['MfaSetupResponse'];
export type MfaEnabled = Schemas['MfaEnabledResponse'];
export type Invitation = Schemas['InvitationResponse'];
export type NewClient = Schemas['CreateClientDto'];
export type Client = Schemas['ClientResponse'];
/** An existing client's id, or a new client made with the vehicle. */
export type NewVehicle = Schemas['CreateVehicleDto'];
export type Vehicle = Schemas['VehicleResponse'];

export interface Credentials {
  email: string;
  password: string;
}
