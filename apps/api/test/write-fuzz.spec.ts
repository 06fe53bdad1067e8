import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { signInOperator } from '../../../test/support/operators';
import { TestApi, Workshop } from '../../../test/support/test-api';

/**
 * Fuzzes every POST, PUT and PATCH route of the OpenAPI document with arbitrary JSON and with
 * targeted nasties (NUL and other control characters, null, subnormal, huge and non-finite
 * numbers, deep nesting, wrong types, long strings, impossible dates), signed in as a workshop
 * owner against real rows and anonymously. No answer may be a 5xx: bad input is the caller's
 * problem (4xx), never ours. A failure names the route and the body; FUZZ_SEED replays a run.
 */

/** Cases per route as the owner (anonymous runs add a few more); about 2,400 in all. */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS_PER_ROUTE ?? 48);
const ANONYMOUS_RUNS_PER_ROUTE = 6;
const BODYLESS_RUNS_PER_ROUTE = 6;

/**
 * Routes known to answer 5xx to some input, in code this suite's owner does not own. Each
 * entry names the route and why; the suite still runs them and prints their 5xx inputs, and
 * fails if any other route answers 5xx. Remove an entry when its owner has fixed it.
 */
const KNOWN_5XX: Readonly<Record<string, string>> = {
  // Empty: a route listed here (with the reason and owner) still runs and prints its inputs, but
  // does not fail the run. The last entry, racing identical invitations, is fixed (advisory lock).
};

/** JSON text spliced verbatim into a body: what JSON.stringify cannot write (1e400, 5e-324). */
class Raw {
  constructor(readonly text: string) {}
}

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  oneOf?: Schema[];
  allOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
};

interface WriteRoute {
  readonly method: string;
  /** OpenAPI template, e.g. /api/v1/repair-orders/{id}/lines/{lineId}. */
  readonly template: string;
  readonly schema: Schema | undefined;
}

const NASTIES: readonly unknown[] = [
  'nul\u0000byte',
  '\u0000',
  'bell\u0007',
  null,
  new Raw('-1e-323'),
  new Raw('5e-324'),
  new Raw('1e400'),
  new Raw('-1e400'),
  1e308,
  -1e308,
  2 ** 53 + 1,
  -1,
  0,
  1.5,
  '',
  ' ',
  'x'.repeat(10_000),
  '\u{1F600}'.repeat(300),
  '\ud800',
  [],
  {},
  [null],
  [{}],
  true,
  '2027-02-30',
  '9999-12-31T23:59:59Z',
  '00000000-0000-0000-0000-000000000000',
  new Raw(`${'['.repeat(40)}${']'.repeat(40)}`),
  new Raw(`${'{"a":'.repeat(20)}1${'}'.repeat(20)}`),
  { __proto__: { polluted: true } },
  new Raw('{"__proto__":{"x":1}}'),
  new Raw('{"constructor":{"prototype":{"x":1}}}'),
];

describe('write endpoints never answer 5xx (fuzz)', () => {
  let api: TestApi;
  let owner: Workshop;
  let operatorToken: string;
  let routes: WriteRoute[];
  let components: Record<string, Schema>;
  const fixtures: Record<string, string> = {};

  beforeAll(async () => {
    api = await TestApi.start();
    owner = await api.signupWorkshop('Fuzz Garage');
    operatorToken = (await signInOperator(api)).accessToken;
    const document = (
      await api.request<{
        paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
        components: { schemas: Record<string, Schema> };
      }>('GET', '/api/docs-json')
    ).body;
    components = document.components.schemas;
    routes = Object.entries(document.paths).flatMap(([template, operations]) =>
      Object.entries(operations)
        .filter(([method]) => ['post', 'put', 'patch'].includes(method))
        .map(([method, operation]) => ({
          method: method.toUpperCase(),
          template,
          schema: operation.requestBody?.content?.['application/json']?.schema,
        })),
    );
    await createFixtures();
  }, 120_000);

  afterAll(() => api?.close());

  it('finds the write routes (the enumeration is not vacuous)', () => {
    expect(routes.length).toBeGreaterThanOrEqual(45);
    expect(routes.map((route) => `${route.method} ${route.template}`)).toEqual(
      expect.arrayContaining([
        'POST /api/v1/auth/signup',
        'POST /api/v1/public/workshops/{slug}/bookings',
        'PATCH /api/v1/settings/schedule',
        'POST /api/v1/repair-orders/{id}/lines',
      ]),
    );
  });

  it(
    'answers every fuzzed body with less than 500',
    async () => {
      const failures: string[] = [];
      const known: string[] = [];
      let cases = 0;
      const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
      let ownerToken = owner.accessToken;
      const ownerStatuses: number[] = [];
      const operatorStatuses: number[] = [];
      for (const route of orderedForState(routes)) {
        const name = `${route.method} ${route.template}`;
        // Operator sign-in and sign-out are fuzzed without a session (a fuzzed logout would end
        // the operator's); the other /ops routes with an operator's token, as no staff token passes.
        const isPublic = /^\/api\/v1\/(auth|public|ops\/auth)\//.test(route.template);
        const isOperator = !isPublic && route.template.startsWith('/api/v1/ops/');
        // Routes before this one may have ended the session (logout) or changed the rules.
        if (LATE_ROUTES.test(route.template)) ownerToken = await freshOwnerToken();
        // A route without a body schema ignores the body: a few cases show it does not choke on one.
        const ownerRuns = route.schema ? RUNS_PER_ROUTE : BODYLESS_RUNS_PER_ROUTE;
        const runs = isPublic
          ? [{ token: undefined, numRuns: ownerRuns }]
          : [
              { token: isOperator ? operatorToken : ownerToken, numRuns: ownerRuns },
              { token: undefined, numRuns: ANONYMOUS_RUNS_PER_ROUTE },
            ];
        const started = performance.now();
        for (const run of runs) {
          const bodies = fc.sample(bodyArbitrary(route.schema), { numRuns: run.numRuns, seed: seed + cases });
          await inParallel(bodies, 4, async (body) => {
            cases++;
            const rawBody = serialize(body);
            const response = await api.request(route.method, urlOf(route.template), {
              rawBody,
              headers: { 'content-type': 'application/json' },
              token: run.token,
            });
            if (run.token) (isOperator ? operatorStatuses : ownerStatuses).push(response.status);
            if (response.status >= 500) {
              const line = `${name}${run.token ? '' : ' (anonymous)'} ${response.status}: ${rawBody.slice(0, 300)}`;
              (KNOWN_5XX[name] ? known : failures).push(line);
            }
          });
        }
        if (process.env.FUZZ_TIMING) process.stderr.write(`${Math.round(performance.now() - started)} ms ${name}\n`);
      }
      if (known.length > 0) process.stderr.write(`Known 5xx routes (KNOWN_5XX) still failing:\n${known.join('\n')}\n`);
      if (process.env.FUZZ_TIMING) {
        const histogram = ownerStatuses.reduce<Record<number, number>>((counts, status) => {
          counts[status] = (counts[status] ?? 0) + 1;
          return counts;
        }, {});
        process.stderr.write(`${cases} cases; owner statuses ${JSON.stringify(histogram)}\n`);
      }
      expect(cases).toBeGreaterThan(1500);
      // The owner's cases reach the routes: not refused at the door for a lost session.
      const refused = ownerStatuses.filter((status) => status === 401).length;
      expect(refused / ownerStatuses.length).toBeLessThan(0.05);
      // And the operator's reach the /ops routes.
      expect(operatorStatuses.length).toBeGreaterThan(0);
      expect(operatorStatuses.filter((status) => status === 401)).toEqual([]);
      expect({ seed, failures }).toEqual({ seed, failures: [] });
    },
    10 * 60_000,
  );

  /** A valid-looking body from the schema, with arbitrary and nasty values mixed in. */
  function bodyArbitrary(schema: Schema | undefined): fc.Arbitrary<unknown> {
    const base = schema ? sample(schema, '') : {};
    const fields = Object.keys(properties(schema ?? {}));
    const nasty = fc.constantFrom(...NASTIES);
    const arbitraryJson = fc.jsonValue({ maxDepth: 3 });
    const options: fc.Arbitrary<unknown>[] = [
      fc.constant(base),
      arbitraryJson,
      fc.dictionary(fc.constantFrom(...fields, 'unknownField', '__proto__'), fc.oneof(arbitraryJson, nasty)),
    ];
    if (fields.length > 0 && isObject(base)) {
      const one = fc.constantFrom(...fields);
      options.push(
        fc.tuple(one, nasty).map(([field, value]) => ({ ...base, [field]: value })),
        fc.tuple(one, arbitraryJson).map(([field, value]) => ({ ...base, [field]: value })),
        fc.tuple(one, one, nasty, nasty).map(([a, b, x, y]) => ({ ...base, [a]: x, [b]: y })),
        fc
          .tuple(one, fc.string({ unit: 'binary', maxLength: 40 }))
          .map(([field, value]) => ({ ...base, [field]: value })),
        nestedMutation(base),
      );
    }
    return fc.oneof(...options);
  }

  /** A nasty value one level down (a line's quantity, a customer's name). */
  function nestedMutation(base: Record<string, unknown>): fc.Arbitrary<unknown> {
    const nestedFields = Object.entries(base).filter(([, value]) => isObject(value) || Array.isArray(value));
    if (nestedFields.length === 0) return fc.constant(base);
    return fc
      .tuple(fc.constantFrom(...nestedFields), fc.constantFrom(...NASTIES), fc.nat())
      .map(([[field, value], nasty, pick]) => {
        const target = Array.isArray(value) ? value[0] : value;
        if (!isObject(target)) return { ...base, [field]: [nasty] };
        const keys = Object.keys(target);
        if (keys.length === 0) return base;
        const mutated = { ...target, [keys[pick % keys.length]!]: nasty };
        return { ...base, [field]: Array.isArray(value) ? [mutated] : mutated };
      });
  }

  function sample(schema: Schema, name: string): unknown {
    const resolved = resolve(schema);
    if (resolved.example !== undefined) return withFixture(name, resolved.example);
    if (resolved.enum && resolved.enum.length > 0) return resolved.enum[0];
    const variant = resolved.oneOf?.[0] ?? resolved.anyOf?.[0];
    if (variant) return sample(variant, name);
    if (resolved.type === 'array') return [sample(resolved.items ?? {}, singular(name))];
    if (resolved.type === 'object' || resolved.properties || resolved.allOf) {
      // Required properties only: optional ones are what the mutations add.
      const required = new Set([
        ...(resolved.required ?? []),
        ...(resolved.allOf ?? []).flatMap((p) => resolve(p).required ?? []),
      ]);
      return Object.fromEntries(
        Object.entries(properties(resolved))
          .filter(([key]) => required.has(key))
          .map(([key, value]) => [key, sample(value, key)]),
      );
    }
    if (resolved.type === 'integer' || resolved.type === 'number') return resolved.minimum ?? 1;
    if (resolved.type === 'boolean') return true;
    if (resolved.format === 'uuid' || /Id$/.test(name)) return fixtures[name] ?? randomUUID();
    if (resolved.format === 'date-time') return '2027-03-01T09:00:00Z';
    if (resolved.format === 'date') return '2027-03-01';
    if (resolved.format === 'email' || /email/i.test(name)) return `fuzz-${randomUUID().slice(0, 8)}@example.test`;
    return 'x'.repeat(Math.max(resolved.minLength ?? 1, 4));
  }

  function withFixture(name: string, example: unknown): unknown {
    return /Id$/.test(name) && fixtures[name] ? fixtures[name] : example;
  }

  function properties(schema: Schema): Record<string, Schema> {
    const resolved = resolve(schema);
    const merged: Record<string, Schema> = {};
    for (const part of resolved.allOf ?? []) Object.assign(merged, properties(part));
    return Object.assign(merged, resolved.properties ?? {});
  }

  function resolve(schema: Schema): Schema {
    if (!schema.$ref) return schema;
    return resolve(components[schema.$ref.replace('#/components/schemas/', '')] ?? {});
  }

  /** Path parameters from the rows made in beforeAll, so bodies reach the services. */
  function urlOf(template: string): string {
    const resource = template.split('/')[3] ?? '';
    return template.replace(/\{(\w+)\}/g, (_whole, parameter: string) => {
      if (parameter === 'id') return fixtures[`${singular(resource)}Id`] ?? randomUUID();
      if (parameter === 'slug') return owner.slug;
      if (parameter === 'token') return 'not-a-real-token';
      if (parameter === 'version') return '1';
      return fixtures[parameter] ?? randomUUID();
    });
  }

  async function createFixtures(): Promise<void> {
    fixtures.userId = owner.userId;
    fixtures.staffId = owner.userId;
    fixtures.mechanicUserId = owner.userId;
    const create = async (key: string, template: string, overrides: Record<string, unknown> = {}) => {
      const route = routes.find((r) => r.method === 'POST' && r.template === template);
      const body = { ...(sample(route?.schema ?? {}, '') as Record<string, unknown>), ...overrides };
      const url = template.replace('{id}', fixtures['repair-orderId'] ?? '');
      const response = await api.request<{ id: string }>('POST', url, { body, token: owner.accessToken });
      if (response.status >= 300) throw new Error(`fixture ${key}: ${response.status} ${response.text}`);
      fixtures[key] = response.body.id;
    };
    await create('clientId', '/api/v1/clients');
    await create('vehicleId', '/api/v1/vehicles', { clientId: fixtures.clientId, vin: undefined });
    await create('partId', '/api/v1/parts');
    await create('serviceId', '/api/v1/services');
    await create('repair-orderId', '/api/v1/repair-orders', { vehicleId: fixtures.vehicleId });
    await create('lineId', '/api/v1/repair-orders/{id}/lines', {
      kind: 'labour',
      description: 'Brake pads',
      quantity: 1,
      unitPriceMinor: 10_000,
      vatRateBp: 2300,
    });
    await create('appointmentId', '/api/v1/appointments', { vehicleId: fixtures.vehicleId });
  }

  async function freshOwnerToken(): Promise<string> {
    const login = await api.request<{ accessToken: string }>('POST', '/api/v1/auth/login', {
      body: { email: owner.email, password: owner.password },
    });
    return login.body.accessToken;
  }
});

/** Routes that end the session or change who may do what: they go last, each with a new login. */
const LATE_ROUTES = /logout|settings\/security|\/staff\/\{id\}|me\/mfa|me\/email/;

function orderedForState(routes: readonly WriteRoute[]): WriteRoute[] {
  return [
    ...routes.filter((r) => !LATE_ROUTES.test(r.template)),
    ...routes.filter((r) => LATE_ROUTES.test(r.template)),
  ];
}

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: width }, lane));
}

function singular(name: string): string {
  if (name === 'repair-orders') return 'repair-order';
  return name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.replace(/s$/, '');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Raw);
}

/** JSON text of `value`, with Raw values spliced in as they are. */
function serialize(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(serialize).join(',')}]`;
  if (isObject(value)) {
    const own = Object.getOwnPropertyNames(value).map((key) => `${JSON.stringify(key)}:${serialize(value[key])}`);
    return `{${own.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
