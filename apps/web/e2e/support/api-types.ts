// The few API shapes the fixtures use, by hand for now: the generated OpenAPI types land in the
// web app (src/lib/api); move these imports there once they exist. Specs should not grow this
// file — read responses through `PitlaneApi.request` and the generated types instead.

export type Role = 'owner' | 'manager' | 'mechanic';

export interface Credentials {
  email: string;
  password: string;
}

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

/** `LoginResponse`: a signed-in person in one workshop. */
export interface Session extends SessionTokens {
  workshop: { id: string; name: string; slug: string };
  user: { id: string; email: string; name: string };
  role: Role;
}

/** `MfaChallengeResponse`: the first login step of an account with two-step verification on. */
export interface MfaChallenge {
  mfaRequired: true;
  mfaToken: string;
}

export interface Invitation {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  status: string;
  expiresAt: string;
  createdAt: string;
}

/** `CreateClientDto`. */
export interface NewClient {
  firstName: string;
  lastName: string;
  email?: string | null;
  phone?: string | null;
  nationalId?: string | null;
  notes?: string | null;
  gdprConsent?: boolean;
}

/** `ClientResponse`. */
export interface Client {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  hasNationalId: boolean;
  notes: string | null;
  gdprConsentAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** `CreateVehicleDto`: an existing client's id, or a new client made with the vehicle. */
export interface NewVehicle {
  clientId?: string;
  client?: NewClient;
  vin?: string | null;
  plate?: string | null;
  make: string;
  model: string;
  year?: number | null;
  engine?: string | null;
  fuelType?:
    'petrol' | 'diesel' | 'hybrid' | 'plug_in_hybrid' | 'electric' | 'lpg' | 'cng' | 'hydrogen' | 'other' | null;
  mileageKm?: number | null;
}

/** `VehicleResponse`. */
export interface Vehicle {
  id: string;
  clientId: string | null;
  vin: string | null;
  vinCheckDigit: 'valid' | 'not_applicable' | null;
  plate: string | null;
  make: string;
  model: string;
  year: number | null;
  engine: string | null;
  fuelType: string | null;
  mileageKm: number | null;
  createdAt: string;
  updatedAt: string;
}
