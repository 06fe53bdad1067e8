import { Role } from '../memberships/role';

/** Who is calling: established by the auth guard from a verified token and a live session. */
export interface Principal {
  readonly userId: string;
  readonly tenantId: string;
  readonly sessionId: string;
  readonly role: Role;
}
