import { TestApi, TestResponse, withAdminClient } from '../../../test/support/test-api';

export type Row = Record<string, unknown>;

/**
 * What every BOLA suite does with an attack: send it with the attacker's token and name it for
 * the assertions (method, url, role, and what came back).
 */
export async function sendAttack(
  api: TestApi,
  attack: { method: string; url: string; token: string; role: string; body?: unknown },
): Promise<{ response: TestResponse; request: string }> {
  const response = await api.request(attack.method, attack.url, {
    token: attack.token,
    ...(attack.body !== undefined ? { body: attack.body } : {}),
  });
  return {
    response,
    request: `${attack.method} ${attack.url} as ${attack.role} -> ${response.status} ${response.text}`,
  };
}

/**
 * Nothing of the victim in the answer: no `secret` (ids, names, descriptions) anywhere in the
 * body, compared case-insensitively. `instance` echoes the attacker's own path, so it is left out.
 */
export function expectNothingLeaked(response: TestResponse, secrets: readonly string[], request: string): void {
  const { instance: _instance, ...rest } = response.body ?? {};
  const text = JSON.stringify(rest).toLowerCase();
  const leaked = secrets.filter((secret) => text.includes(secret.toLowerCase()));
  expect({ request, leaked }).toEqual({ request, leaked: [] });
}

/** Every row of a workshop in each table named by `queries` (`$1` is the tenant), to compare byte for byte. */
export function snapshotWorkshop(
  tenantId: string,
  queries: Readonly<Record<string, string>>,
): Promise<Record<string, Row[]>> {
  return withAdminClient(async (client) => {
    const snapshot: Record<string, Row[]> = {};
    for (const [name, sql] of Object.entries(queries)) snapshot[name] = (await client.query<Row>(sql, [tenantId])).rows;
    return snapshot;
  });
}
