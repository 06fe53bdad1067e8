import { Membership } from './memberships/membership.entity';
import { RefreshToken } from './sessions/refresh-token.entity';
import { Session } from './sessions/session.entity';
import { Tenant } from './tenants/tenant.entity';
import { User } from './users/user.entity';

/** The entities the identity context maps; the apps hand them to the data source. */
export const IDENTITY_ENTITIES = [Tenant, User, Membership, Session, RefreshToken];
