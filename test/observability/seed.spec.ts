import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { TestApi } from '../support/test-api';
import { REPO } from './monitoring-files';

describe('scripts/seed', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start();
    await api.app.listen({ host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('signs workshops up through the running API and fills them with vehicles', async () => {
    const { port } = api.app.getHttpServer().address() as { port: number };
    const { stdout } = await promisify(execFile)(path.join(REPO, 'scripts/seed'), [
      '--url',
      `http://127.0.0.1:${port}`,
      '--workshops',
      '2',
      '--vehicles',
      '3',
    ]);
    const logins = stdout.trim().split('\n');
    expect(logins).toHaveLength(2);
    const [email, password] = logins[1]!.replace(/^workshop 2\/2: /, '').split(' / ');
    const login = await api.request<{ accessToken: string }>('POST', '/api/v1/auth/login', {
      body: { email, password },
    });
    expect(login.status).toBe(200);
    const vehicles = await api.request<{ items: unknown[] }>('GET', '/api/v1/vehicles', {
      token: login.body.accessToken,
    });
    expect(vehicles.body.items).toHaveLength(3);
  });
});
