import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentSecurityPolicyFor } from '../../apps/api/src/http/web-app/content-security-policy';
import { webDocumentFor } from '../../apps/api/src/http/web-app/web-document';
import { eventually } from '../support/eventually';
import { TestApi } from '../support/test-api';
import { announceSkip, binary, notInstalled, REPO } from './monitoring-files';
import { freePort } from './prometheus';
import { TestNginx } from './test-nginx';

const nginxBinary = binary('nginx');
if (!nginxBinary) announceSkip('the web image nginx', notInstalled('nginx (Debian package)'));
const describeWithNginx = nginxBinary ? describe : describe.skip;

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

interface Response {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A build as Vite lays it out: three documents, hashed assets, root files and its hidden manifest. */
function writeFixtureBuild(dist: string): void {
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  mkdirSync(path.join(dist, '.vite'), { recursive: true });
  for (const name of ['landing', 'index', 'public']) {
    writeFileSync(path.join(dist, `${name}.html`), `<!doctype html><title>${name}</title><p id="doc-${name}"></p>`);
  }
  writeFileSync(path.join(dist, 'assets/x.js'), 'console.log("pitlane app");\n');
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(dist, '.vite/manifest.json'), '{"secret-manifest":true}');
}

function documentOf(response: Response): string | undefined {
  return /id="doc-(\w+)"/.exec(response.body)?.[1];
}

function expectProblem404(response: Response): void {
  expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
    status: 404,
    type: expect.stringMatching(/^application\/problem\+json/),
  });
  expect(JSON.parse(response.body)).toMatchObject({ status: 404, title: 'Not Found' });
}

function send(port: number, url: string, method = 'GET', headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path: url, method, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(method === 'POST' ? '{}' : undefined);
  });
}

/**
 * nginx/web.conf as the web image runs it (conf.d/default.conf of nginx-unprivileged, whose main
 * file includes mime.types and conf.d/*.conf in `http`), in a temporary prefix, serving `dist`.
 */
class WebNginx {
  private constructor(
    private readonly child: ChildProcess,
    readonly prefix: string,
    readonly port: number,
  ) {}

  static async render(dist: string): Promise<{ prefix: string; conf: string; port: number }> {
    const prefix = mkdtempSync(path.join(tmpdir(), 'pitlane-web-nginx-'));
    const port = await freePort();
    mkdirSync(path.join(prefix, 'conf.d'));
    mkdirSync(path.join(prefix, 'tmp'));
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
      .map((kind) => `  ${kind}_temp_path ${prefix}/tmp/${kind};`)
      .join('\n');
    const conf = path.join(prefix, 'nginx.conf');
    writeFileSync(
      conf,
      [
        // Run as root (CI), the workers would switch to a user that cannot use the prefix.
        process.getuid?.() === 0 ? 'user root;' : '',
        'worker_processes 1;',
        `pid ${prefix}/nginx.pid;`,
        `error_log ${prefix}/error.log warn;`,
        'events { worker_connections 64; }',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  default_type application/octet-stream;',
        temp,
        `  access_log ${prefix}/access.log;`,
        `  include ${prefix}/conf.d/*.conf;`,
        '}',
      ].join('\n'),
    );
    writeFileSync(
      path.join(prefix, 'conf.d/default.conf'),
      readFileSync(path.join(REPO, 'nginx/web.conf'), 'utf8')
        .replace('listen 8080;', `listen 127.0.0.1:${port};`)
        .replace('root /usr/share/nginx/html;', `root ${dist};`),
    );
    return { prefix, conf, port };
  }

  static async start(nginx: string, dist: string): Promise<WebNginx> {
    const { prefix, conf, port } = await WebNginx.render(dist);
    const child = spawn(nginx, ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log'), '-g', 'daemon off;'], {
      stdio: 'ignore',
    });
    const web = new WebNginx(child, prefix, port);
    await eventually(
      async () => {
        if (child.exitCode !== null)
          throw new Error(`nginx exited: ${readFileSync(path.join(prefix, 'error.log'), 'utf8')}`);
        await send(port, '/');
      },
      20_000,
      50,
    );
    return web;
  }

  get(url: string, headers: Record<string, string> = {}): Promise<Response> {
    return send(this.port, url, 'GET', headers);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = once(this.child, 'exit');
      this.child.kill('SIGQUIT');
      await exited;
    }
    rmSync(this.prefix, { recursive: true, force: true });
  }
}

describeWithNginx("the web image's nginx (nginx/web.conf)", () => {
  let dist: string;
  let web: WebNginx;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'pitlane-web-dist-'));
    writeFixtureBuild(dist);
    web = await WebNginx.start(nginxBinary!, dist);
  });

  afterAll(async () => {
    await web?.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  it('nginx -t accepts it, without warnings', async () => {
    const rendered = await WebNginx.render(dist);
    const result = spawnSync(nginxBinary!, ['-t', '-p', rendered.prefix, '-c', rendered.conf, '-e', '/dev/null'], {
      encoding: 'utf8',
    });
    rmSync(rendered.prefix, { recursive: true, force: true });
    expect({ status: result.status, output: result.stderr }).toEqual({
      status: 0,
      output: expect.stringContaining('test is successful'),
    });
    expect(result.stderr).not.toContain('[warn]');
  });

  it.each([
    ['/', 'landing'],
    ['/login', 'index'],
    ['/verify-email?token=abc', 'index'],
    ['/vehicles/abc', 'index'],
    ['/settings/staff', 'index'],
    ['/bookings', 'index'],
    ['/book/x', 'public'],
    ['/book', 'public'],
    ['/booking', 'public'],
    ['/estimate', 'public'],
  ])('answers %s with the %s document, revalidated, under its CSP', async (url, document) => {
    const response = await web.get(url, { accept: BROWSER });
    expect({ url, status: response.status, document: documentOf(response) }).toEqual({ url, status: 200, document });
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toBe(contentSecurityPolicyFor(url.split('?')[0]!));
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves hashed assets for good, and a missing one as a 404, never as a page', async () => {
    const asset = await web.get('/assets/x.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await web.get('/assets/missing.js', { accept: BROWSER });
    expectProblem404(missing);
    expect(missing.headers['cache-control']).toBe('no-store');
  });

  it("serves the build's root files, not its hidden ones", async () => {
    const favicon = await web.get('/favicon.svg');
    expect(favicon.status).toBe(200);
    expect(favicon.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(favicon.headers['cache-control']).toBe('no-cache');
    for (const headers of [{}, { accept: BROWSER }] as Record<string, string>[]) {
      const manifest = await web.get('/.vite/manifest.json', headers);
      expectProblem404(manifest);
      expect(manifest.body).not.toContain('secret-manifest');
    }
  });

  it('answers /api, /health, /metrics, other methods and missing file names with 404 problem+json', async () => {
    for (const url of ['/api/v1/nope', '/api', '/health/live', '/metrics', '/assets', '/wp-login.php']) {
      expectProblem404(await web.get(url));
    }
    expectProblem404(await web.get('/api/v1/nope', { accept: BROWSER }));
    expectProblem404(await send(web.port, '/login', 'POST', { 'content-type': 'application/json' }));
  });

  it('routes every path as the API does (web-document.ts)', async () => {
    const paths = [
      '/',
      '/login',
      '/book',
      '/book/',
      '/book/some-slug/confirm',
      '/booking',
      '/booking/x',
      '/bookings',
      '/booker',
      '/estimate',
      '/estimates/1',
      '/apis',
      '/api/v1/x',
      '/healthy',
      '/health',
      '/metrics',
      '/favicon.ico',
      '/book/jan.kowalski',
      '/.env',
    ];
    for (const pathname of paths) {
      for (const accept of [BROWSER, '*/*']) {
        const expected = webDocumentFor(pathname, accept)?.replace('.html', '') ?? 404;
        const response = await web.get(pathname, { accept });
        expect({ pathname, accept, answer: response.status === 404 ? 404 : documentOf(response) }).toEqual({
          pathname,
          accept,
          answer: expected,
        });
      }
    }
  });
});

describeWithNginx('the edge nginx in front of the API and the web image', () => {
  let api: TestApi;
  let edge: TestNginx;

  beforeAll(async () => {
    api = await TestApi.start();
    await api.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = api.app.getHttpServer().address() as { port: number };
    edge = await TestNginx.start(nginxBinary!, `127.0.0.1:${port}`);
    // TestNginx's web server serves <prefix>/html with nginx/web.conf: put a build there.
    writeFixtureBuild(path.join(edge.prefix, 'html'));
  }, 60_000);

  afterAll(async () => {
    await edge?.stop();
    await api?.close();
  });

  it('sends /api and /health to the API, even when a browser asks', async () => {
    const nope = await edge.https('/api/v1/nope', { headers: { accept: BROWSER } });
    expect(nope.status).toBe(404);
    expect(nope.headers['content-type']).toMatch(/^application\/problem\+json/);
    // `instance` is the API's, not the web server's.
    expect(JSON.parse(nope.body.toString())).toMatchObject({ status: 404, instance: '/api/v1/nope' });
    expect((await edge.https('/health/live', { headers: { accept: BROWSER } })).status).toBe(200);
  });

  it('sends everything else to the web image, with one copy of each security header', async () => {
    for (const [url, document] of [
      ['/', 'landing'],
      ['/login', 'index'],
      ['/book/x', 'public'],
    ] as const) {
      const response = await edge.https(url, { headers: { accept: BROWSER } });
      const body = response.body.toString();
      expect({ url, status: response.status, document: /id="doc-(\w+)"/.exec(body)?.[1] }).toEqual({
        url,
        status: 200,
        document,
      });
      expect(response.headers['content-security-policy']).toBe(contentSecurityPolicyFor(url));
      expect(response.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
      // A booking page may be framed by the workshop's own site (its CSP says by whom).
      expect({ url, frameOptions: response.headers['x-frame-options'] }).toEqual({
        url,
        frameOptions: url.startsWith('/book/') ? undefined : 'DENY',
      });
      expect(response.headers['cache-control']).toBe('no-cache');
    }
    for (const url of ['/booking', '/bookings', '/booker']) {
      const response = await edge.https(url, { headers: { accept: BROWSER } });
      expect({ url, frameOptions: response.headers['x-frame-options'] }).toEqual({ url, frameOptions: 'DENY' });
    }
    const asset = await edge.https('/assets/x.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
