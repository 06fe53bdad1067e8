import { MasterKeyRotation, MfaSecretRotation, OperatorAccounts } from '@pitlane/identity';
import { randomBytes } from 'node:crypto';
import { europeanVin, PESELS } from '../../../test/support/garage-fixtures';
import { createOperator, signInOperator } from '../../../test/support/operators';
import { createIsolatedDatabase, IsolatedDatabase } from '../../../test/support/isolated-database';
import { TestApi, withClient, Workshop } from '../../../test/support/test-api';
import { TEST_MASTER_KEY } from '../../../test/support/test-config';
import { totpCode } from '../../../test/support/totp';

const NEW_KEY = randomBytes(32).toString('base64');

describe('master-key rotation with live data', () => {
  let database: IsolatedDatabase;
  const vehicles: { workshop: Workshop; id: string; vin: string }[] = [];

  beforeAll(async () => {
    database = await createIsolatedDatabase();
  });

  afterAll(() => database.drop());

  const wrappedBy = () =>
    withClient(database.adminUrl, async (client) => {
      const result = await client.query<{ key: string; n: number }>(
        'select data_key_wrapped_by as key, count(*)::int as n from tenants group by 1 order by 1',
      );
      return Object.fromEntries(result.rows.map((row) => [row.key, row.n]));
    });

  async function readAll(api: TestApi, token: (w: Workshop) => Promise<string>): Promise<(string | null)[]> {
    const vins: (string | null)[] = [];
    for (const vehicle of vehicles) {
      const response = await api.request<{ vin: string | null }>('GET', `/api/v1/vehicles/${vehicle.id}/vin`, {
        token: await token(vehicle.workshop),
      });
      vins.push(response.status === 200 ? response.body.vin : `status ${response.status}`);
    }
    return vins;
  }

  async function login(api: TestApi, workshop: Workshop): Promise<string> {
    const response = await api.request<{ accessToken: string }>('POST', '/api/v1/auth/login', {
      body: { email: workshop.email, password: workshop.password },
    });
    return response.body.accessToken;
  }

  it('re-wraps every data key, resumably, keeps every row readable, and lets the old key go', async () => {
    // Five workshops with encrypted data under the old key "k1".
    const before = await TestApi.start({ DATABASE_URL: database.appUrl });
    for (let i = 0; i < 5; i++) {
      const workshop = await before.signupWorkshop(`Rotation ${i}`);
      const vin = europeanVin();
      const response = await before.request<{ id: string }>('POST', '/api/v1/vehicles', {
        token: workshop.accessToken,
        body: {
          client: { firstName: 'R', lastName: `${i}`, nationalId: PESELS[i % 2] },
          vin,
          make: 'Opel',
          model: 'Astra',
        },
      });
      expect(response.status).toBe(201);
      vehicles.push({ workshop, id: response.body.id, vin });
    }
    // One person with two-step verification: their TOTP secret is sealed under the master key too.
    const withMfa = await before.signupWorkshop('Rotation MFA');
    const setup = await before.request<{ otpauthUrl: string }>('POST', '/api/v1/me/mfa/setup', {
      token: withMfa.accessToken,
    });
    const enabled = await before.request('POST', '/api/v1/me/mfa/enable', {
      token: withMfa.accessToken,
      body: { code: await totpCode(setup.body.otpauthUrl, -1) },
    });
    expect(enabled.status).toBe(200);
    // And a platform operator, whose mandatory TOTP secret is sealed the same way.
    const operator = await createOperator(before);
    await before.close();
    expect(await wrappedBy()).toEqual({ k1: 6 });
    const ciphertextsBefore = await withClient(database.adminUrl, (client) =>
      client.query<{ vin_ciphertext: Buffer }>('select vin_ciphertext from vehicles order by id'),
    );

    // The new key is active, the old one still accepted while the rotation runs.
    const during = await TestApi.start({
      DATABASE_URL: database.appUrl,
      MASTER_KEY: NEW_KEY,
      MASTER_KEY_ID: 'k2',
      MASTER_KEYS_PREVIOUS: `k1:${TEST_MASTER_KEY}`,
    });
    // A first run that stops after one batch of two (a crash, a deploy) ...
    const rotation = during.app.get(MasterKeyRotation);
    await expect(
      rotation.run(2, () => {
        throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    expect(await wrappedBy()).toEqual({ k1: 4, k2: 2 });
    // ... is simply started again, and every row stays readable meanwhile.
    expect(await readAll(during, (w) => login(during, w))).toEqual(vehicles.map((v) => v.vin));
    const report = await rotation.run(2);
    expect(report).toEqual({ activeKeyId: 'k2', rewrapped: 4 });
    expect(await rotation.run(2)).toEqual({ activeKeyId: 'k2', rewrapped: 0 });
    expect(await during.app.get(MfaSecretRotation).run(2)).toEqual({ resealed: 1 });
    expect(await during.app.get(MfaSecretRotation).run(2)).toEqual({ resealed: 0 });
    expect(await during.app.get(OperatorAccounts).resealSecrets()).toEqual({ resealed: 1 });
    expect(await during.app.get(OperatorAccounts).resealSecrets()).toEqual({ resealed: 0 });
    await during.close();
    expect(await wrappedBy()).toEqual({ k2: 6 });

    // Rows themselves were not rewritten: envelope encryption re-wraps keys only.
    const ciphertextsAfter = await withClient(database.adminUrl, (client) =>
      client.query<{ vin_ciphertext: Buffer }>('select vin_ciphertext from vehicles order by id'),
    );
    expect(ciphertextsAfter.rows).toEqual(ciphertextsBefore.rows);

    // The old key removed from the configuration: everything still reads.
    const after = await TestApi.start({ DATABASE_URL: database.appUrl, MASTER_KEY: NEW_KEY, MASTER_KEY_ID: 'k2' });
    expect(await readAll(after, (w) => login(after, w))).toEqual(vehicles.map((v) => v.vin));
    const challenge = await after.request<{ mfaRequired: boolean; mfaToken: string }>('POST', '/api/v1/auth/login', {
      body: { email: withMfa.email, password: withMfa.password },
    });
    expect(challenge.body.mfaRequired).toBe(true);
    const secondFactor = await after.request('POST', '/api/v1/auth/login/mfa', {
      body: { mfaToken: challenge.body.mfaToken, code: await totpCode(setup.body.otpauthUrl) },
    });
    expect(secondFactor.status).toBe(200);
    expect((await signInOperator(after, operator)).accessToken).toEqual(expect.any(String));
    await after.close();

    // And the new key alone is what protects them now: the old key alone reads nothing.
    const oldOnly = await TestApi.start({ DATABASE_URL: database.appUrl });
    const stale = await readAll(oldOnly, (w) => login(oldOnly, w));
    expect(stale.every((vin) => vin === 'status 500')).toBe(true);
    await oldOnly.close();
  });
});
