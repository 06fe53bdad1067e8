import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import { Role } from '../memberships/role';
import { Locale, WorkshopStatus } from '../tenants/tenant.entity';

/** Everything `/me` shows, as one row. */
export interface MeViewRow {
  user_id: string;
  email: string;
  user_name: string;
  user_locale: Locale | null;
  email_verified_at: Date | null;
  mfa_enabled_at: Date | null;
  tenant_id: string;
  tenant_name: string;
  slug: string;
  time_zone: string;
  country: string;
  tenant_locale: Locale;
  currency: string;
  status: WorkshopStatus;
  require_mfa: boolean;
  /** The person's workshops, in the order they joined them (app_user_workshops). */
  memberships: { tenantId: string; role: Role; name: string; slug: string }[];
}

/**
 * The read model of `/me`: the person (global `users`, `user_mfa`), the workshop of the open
 * tenant transaction and every workshop they belong to, in one statement instead of four in two
 * transactions (issue 17). The workshop is bound to the transaction's tenant by name, the person
 * by id; the cross-workshop list comes only through the narrow `app_user_workshops` function.
 * Sent on every page load of the web app, so prepared once per connection.
 */
@Injectable()
export class MeViewRepository extends TenantRepository {
  async find(userId: string): Promise<MeViewRow | undefined> {
    const rows = await this.queryPrepared<MeViewRow>(
      `select u.id as user_id, u.email, u.name as user_name, u.locale as user_locale, u.email_verified_at,
              f.enabled_at as mfa_enabled_at,
              t.id as tenant_id, t.name as tenant_name, t.slug, t.time_zone, t.country, t.locale as tenant_locale,
              t.currency, t.status, t.require_mfa,
              (select coalesce(json_agg(json_build_object('tenantId', w.tenant_id, 'role', w.role, 'name', w.name,
                                                          'slug', w.slug) order by w.position), '[]'::json)
                 from app_user_workshops(u.id) with ordinality as w(tenant_id, role, name, slug, status, position)
              ) as memberships
         from users u
         join tenants t on t.id = $1
         left join user_mfa f on f.user_id = u.id
        where u.id = $2`,
      [this.tenantId, userId],
    );
    return rows[0];
  }
}
