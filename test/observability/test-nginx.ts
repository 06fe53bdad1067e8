import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest, IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventually } from '../support/eventually';
import { REPO } from './monitoring-files';
import { freePort } from './prometheus';

export interface NginxResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface NginxRequest {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
}

/**
 * Debian's nginx running the shipped config (nginx/) in a temporary prefix: the same main file,
 * snippets and server template, with only the paths, ports and upstreams a test needs
 * rewritten. A self-signed certificate comes from scripts/dev-cert; the web upstream is the
 * shipped web.conf serving a placeholder index.html from the temporary prefix.
 */
export class TestNginx {
  private constructor(
    private readonly child: ChildProcess,
    readonly prefix: string,
    readonly httpPort: number,
    readonly httpsPort: number,
    private readonly ca: Buffer,
  ) {}

  /** Writes the config into a fresh prefix and returns its main file (for `nginx -t`). */
  static render(apiUpstream: string): {
    prefix: string;
    conf: string;
    httpPort: Promise<number>;
    httpsPort: Promise<number>;
    webPort: Promise<number>;
  } {
    const prefix = mkdtempSync(path.join(tmpdir(), 'pitlane-nginx-'));
    const conf = path.join(prefix, 'nginx.conf');
    const ports = Promise.all([freePort(), freePort(), freePort()]);
    const write = async () => {
      const [httpPort, httpsPort, webPort] = await ports;
      const rewrite = (text: string) =>
        text
          .replace(/_temp_path \/tmp\//g, `_temp_path ${prefix}/tmp/`)
          .replaceAll('/etc/nginx/pitlane/', `${prefix}/pitlane/`)
          .replaceAll('/etc/nginx/conf.d/', `${prefix}/conf.d/`)
          .replace('pid /tmp/nginx.pid;', `pid ${prefix}/nginx.pid;`)
          .replaceAll('error_log /dev/stderr', `error_log ${prefix}/error.log`)
          .replace('access_log /dev/stdout pitlane_json;', `access_log ${prefix}/access.log pitlane_json;`);
      mkdirSync(path.join(prefix, 'tmp'));
      mkdirSync(path.join(prefix, 'conf.d'));
      mkdirSync(path.join(prefix, 'pitlane'));
      mkdirSync(path.join(prefix, 'html/assets'), { recursive: true });
      for (const file of readdirSync(path.join(REPO, 'nginx/pitlane'))) {
        writeFileSync(
          path.join(prefix, 'pitlane', file),
          rewrite(readFileSync(path.join(REPO, 'nginx/pitlane', file), 'utf8')),
        );
      }
      // Run as root (CI), the workers would switch to an unprivileged user that cannot use the
      // temporary prefix; as anyone else the directive is ignored with a warning.
      const main = rewrite(readFileSync(path.join(REPO, 'nginx/nginx.conf'), 'utf8'));
      writeFileSync(conf, process.getuid?.() === 0 ? `user root;\n${main}` : main);
      const variables: Record<string, string> = {
        PITLANE_SERVER_NAME: 'localhost',
        NGINX_HTTP_PORT: `127.0.0.1:${httpPort}`,
        NGINX_HTTPS_PORT: `127.0.0.1:${httpsPort}`,
        NGINX_TLS_DIR: path.join(prefix, 'tls'),
        API_UPSTREAM: apiUpstream,
        WEB_UPSTREAM: `127.0.0.1:${webPort}`,
      };
      const template = readFileSync(path.join(REPO, 'nginx/templates/pitlane.conf.template'), 'utf8');
      writeFileSync(
        path.join(prefix, 'conf.d/pitlane.conf'),
        rewrite(template.replace(/\$\{([A-Z_]+)\}/g, (_match, name: string) => variables[name] ?? `\${${name}}`)),
      );
      writeFileSync(
        path.join(prefix, 'conf.d/web.conf'),
        rewrite(readFileSync(path.join(REPO, 'nginx/web.conf'), 'utf8'))
          .replace('listen 8080;', `listen 127.0.0.1:${webPort};`)
          .replace('root /usr/share/nginx/html;', `root ${prefix}/html;`),
      );
      cpSync(path.join(REPO, 'apps/web/placeholder/index.html'), path.join(prefix, 'html/index.html'));
      writeFileSync(path.join(prefix, 'html/assets/app-3f2a.js'), 'console.log("pitlane");\n');
      execFileSync(path.join(REPO, 'scripts/dev-cert'), [path.join(prefix, 'tls')], { stdio: 'ignore' });
    };
    const written = write();
    return {
      prefix,
      conf,
      httpPort: written.then(() => ports).then((p) => p[0]),
      httpsPort: written.then(() => ports).then((p) => p[1]),
      webPort: written.then(() => ports).then((p) => p[2]),
    };
  }

  static async start(binary: string, apiUpstream: string): Promise<TestNginx> {
    const rendered = TestNginx.render(apiUpstream);
    const [httpPort, httpsPort] = await Promise.all([rendered.httpPort, rendered.httpsPort, rendered.webPort]);
    const { prefix, conf } = rendered;
    const child = spawn(binary, ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log'), '-g', 'daemon off;'], {
      stdio: 'ignore',
    });
    const nginx = new TestNginx(
      child,
      prefix,
      httpPort,
      httpsPort,
      readFileSync(path.join(prefix, 'tls/fullchain.pem')),
    );
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error(`nginx exited: ${nginx.errorLog()}`);
        await nginx.https('/health/live');
      },
      20_000,
      50,
    );
    return nginx;
  }

  errorLog(): string {
    try {
      return readFileSync(path.join(this.prefix, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  }

  accessLog(): string[] {
    return readFileSync(path.join(this.prefix, 'access.log'), 'utf8').split('\n').filter(Boolean);
  }

  /**
   * The first access-log line that matches. nginx writes the line after the response has gone out,
   * so a client can read the log before it is there: look again until `timeoutMs` has passed.
   */
  async accessLogLine(predicate: (line: string) => boolean, timeoutMs = 5_000): Promise<string | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.accessLog().find(predicate);
      if (line !== undefined || Date.now() >= deadline) return line;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** A request over TLS, verifying the dev certificate for "localhost". */
  https(url: string, options: NginxRequest = {}): Promise<NginxResponse> {
    return send(
      httpsRequest({
        host: '127.0.0.1',
        servername: 'localhost',
        port: this.httpsPort,
        path: url,
        method: options.method ?? 'GET',
        headers: { host: 'localhost', ...options.headers },
        ca: this.ca,
      }),
      options.body,
    );
  }

  http(url: string): Promise<NginxResponse> {
    return send(
      httpRequest({ host: '127.0.0.1', port: this.httpPort, path: url, headers: { host: 'localhost' } }),
      undefined,
    );
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGQUIT');
      await exited;
    }
    rmSync(this.prefix, { recursive: true, force: true });
  }
}

function send(request: ReturnType<typeof httpRequest>, body: string | Buffer | undefined): Promise<NginxResponse> {
  return new Promise((resolve, reject) => {
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    request.end(body);
  });
}
