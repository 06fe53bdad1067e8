import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { dropDatabase, provisionDatabase } from '../src/database/provision';
import { withClient } from '../../../test/support/test-api';

/** Throw-away roles and a database of their own: provisioning changes roles cluster-wide. */
const RUN = randomBytes(3).toString('hex');
const OWNER = `pitlane_prov_${RUN}_owner`;
const APP = `pitlane_prov_${RUN}_app`;
const DEFINER = `${OWNER}_definer`;
const DATABASE = `pitlane_prov_${RUN}`;

function serverAdminUrl(): string {
  const url = process.env.PITLANE_TEST_ADMIN_URL;
  if (!url) throw new Error('PITLANE_TEST_ADMIN_URL is not set: run through npm test');
  return url;
}

const provision = (overrides: Partial<Parameters<typeof provisionDatabase>[0]> = {}) =>
  provisionDatabase({
    adminUrl: serverAdminUrl(),
    database: DATABASE,
    ownerRole: OWNER,
    ownerPassword: 'prov-owner',
    appRole: APP,
    appPassword: 'prov-app',
    operatorPassword: 'prov-operator',
    ...overrides,
  });

const asAdmin = <T>(work: (client: Client) => Promise<T>): Promise<T> => withClient(serverAdminUrl(), work);

/** Direct memberships among the three roles, as "member in role". */
async function memberships(): Promise<string[]> {
  return asAdmin(async (client) => {
    const result = await client.query<{ pair: string }>(
      `select u.rolname || ' in ' || r.rolname as pair
         from pg_auth_members m join pg_roles r on r.oid = m.roleid join pg_roles u on u.oid = m.member
        where r.rolname = any ($1) and u.rolname = any ($1) order by 1`,
      [[OWNER, APP, DEFINER]],
    );
    return result.rows.map((row) => row.pair);
  });
}

afterAll(async () => {
  await dropDatabase(serverAdminUrl(), DATABASE);
  await asAdmin(async (client) => {
    for (const role of [APP, `pitlane_prov_${RUN}_operator`, DEFINER, OWNER])
      await client.query(`drop role if exists ${role}`);
  });
});

describe('provisionDatabase', () => {
  it('refuses one role for both the application and the owner', async () => {
    await expect(provision({ appRole: OWNER })).rejects.toThrow(
      /The application role and the owner role must be two roles/,
    );
  });

  it('refuses the admin role as the owner or the application role', async () => {
    const admin = decodeURIComponent(new URL(serverAdminUrl()).username);
    await expect(provision({ ownerRole: admin })).rejects.toThrow(/cannot also be the owner or application role/);
    await expect(provision({ appRole: admin })).rejects.toThrow(/cannot also be the owner or application role/);
  });

  it.each([
    [
      'the application role in the owner and definer roles',
      (app: string, owner: string, definer: string) => [`grant ${owner}, ${definer} to ${app}`],
    ],
    [
      'the owner and definer roles in the application role',
      (app: string, owner: string, definer: string) => [
        `revoke ${owner}, ${definer} from ${app}`,
        `grant ${app} to ${owner}, ${definer}`,
      ],
    ],
  ])('revokes the membership of %s', async (_direction, grants) => {
    await asAdmin(async (client) => {
      for (const [role, attributes] of [
        [OWNER, 'login'],
        [DEFINER, 'nologin'],
        [APP, 'login'],
      ]) {
        const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
        if (exists.rowCount === 0) await client.query(`create role ${role} ${attributes}`);
      }
      await client.query(`revoke ${DEFINER} from ${OWNER}`);
      for (const statement of grants(APP, OWNER, DEFINER)) await client.query(statement);
    });
    expect(await memberships()).toHaveLength(2);

    await provision();

    // What remains is the owner's membership of the definer, which lets it hand functions over.
    expect(await memberships()).toEqual([`${OWNER} in ${DEFINER}`]);
  });

  it('makes the definer NOLOGIN and lets the application role connect, without TEMPORARY', async () => {
    const { definerRole } = await provision();
    expect(definerRole).toBe(DEFINER);
    const facts = await asAdmin(async (client) => {
      const result = await client.query<{ definer_login: boolean; connect: boolean; temporary: boolean }>(
        `select (select rolcanlogin from pg_roles where rolname = $1) as definer_login,
                has_database_privilege($2, $3, 'CONNECT') as connect,
                has_database_privilege($2, $3, 'TEMPORARY') as temporary`,
        [DEFINER, APP, DATABASE],
      );
      return result.rows[0];
    });
    expect(facts).toEqual({ definer_login: false, connect: true, temporary: false });
  });

  it('takes back TEMPORARY from an application role that an earlier provisioning granted it', async () => {
    await asAdmin((client) => client.query(`grant temporary on database ${DATABASE} to ${APP}`));
    await provision();
    const temporary = await asAdmin(async (client) => {
      const result = await client.query<{ temporary: boolean }>(
        `select has_database_privilege($1, $2, 'TEMPORARY') as temporary`,
        [APP, DATABASE],
      );
      return result.rows[0]?.temporary;
    });
    expect(temporary).toBe(false);
  });

  it('refuses a database whose tables another role owns (migrated as someone else)', async () => {
    const url = new URL(serverAdminUrl());
    url.pathname = `/${DATABASE}`;
    await withClient(url.toString(), (client) => client.query('create table migrated_as_admin (id int)'));
    try {
      await expect(provision()).rejects.toThrow(/already has tables owned by .*migrated_as_admin/);
    } finally {
      await withClient(url.toString(), (client) => client.query('drop table migrated_as_admin'));
    }
  });
});
