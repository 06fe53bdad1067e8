import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { isWebAppPath, WEB_DOCUMENTS, webDocumentFor } from './web-document';

/** Hashed asset names change with their content: a browser may keep each one for good. */
const IMMUTABLE_MAX_AGE_MS = 31_536_000_000;

/** Documents and unhashed root files (favicon, robots.txt): kept, but checked on every use. */
const REVALIDATE = 'no-cache';

/**
 * Serves the web app's build from `distDir` on the API's own origin, so `npm start` is one
 * address: `/assets/*` as immutable files, files at the build's root as they are, and the HTML
 * document of web-document.ts for any other GET that is a page. Paths under /api, /health and
 * /metrics, other methods and missing assets still reach the API's 404 problem+json.
 *
 * Registers nothing, and says so once, when `distDir` lacks a build (tests, the compose stack,
 * where nginx serves the web image). Returns whether it serves the app. Both routes are
 * templates (`/assets/*`, `/*`), so the request log and the HTTP metrics label them as such,
 * never with the raw URL.
 */
export async function serveWebApp(fastify: FastifyInstance, distDir: string, logger: Logger): Promise<boolean> {
  const missing = WEB_DOCUMENTS.filter((document) => !isFile(path.join(distDir, document)));
  if (missing.length > 0) {
    logger.info(
      { webDistDir: distDir, missing },
      'no web app build there: serving the API only (npm run build makes one; WEB_DIST_DIR moves it)',
    );
    return false;
  }

  await fastify.register(fastifyStatic, {
    root: path.join(distDir, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    index: false,
    dotfiles: 'ignore',
    maxAge: IMMUTABLE_MAX_AGE_MS,
    immutable: true,
    // The build writes `.br` and `.gz` beside each text file (apps/web/vite.config.ts): sent to
    // browsers that accept them, a third of the bytes without compressing per request.
    preCompressed: true,
  });
  // Only `reply.sendFile` from the build's root; the route below decides what it sends.
  await fastify.register(fastifyStatic, {
    root: distDir,
    serve: false,
    cacheControl: false,
    dotfiles: 'ignore',
    preCompressed: true,
  });

  fastify.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    handler: async (request, reply) => {
      const pathname = request.url.split('?', 1)[0] ?? '/';
      if (!isWebAppPath(pathname)) return reply.callNotFound();
      const file = (await rootFileOf(distDir, pathname)) ?? webDocumentFor(pathname, request.headers.accept);
      if (file === undefined) return reply.callNotFound();
      return reply.header('cache-control', REVALIDATE).sendFile(file);
    },
  });
  logger.info({ webDistDir: distDir }, 'serving the web app at /');
  return true;
}

/**
 * The build's file that `pathname` names, relative to `distDir`, when there is one: a regular
 * file, no dot segment or hidden name (Vite's .vite/manifest.json stays private).
 */
async function rootFileOf(distDir: string, pathname: string): Promise<string | undefined> {
  let segments: string[];
  try {
    segments = pathname.slice(1).split('/').map(decodeURIComponent);
  } catch {
    return undefined;
  }
  if (segments.some((segment) => segment === '' || segment.startsWith('.') || /[\\/\0]/.test(segment))) {
    return undefined;
  }
  const relative = `/${segments.join('/')}`;
  try {
    return (await stat(path.join(distDir, relative))).isFile() ? relative : undefined;
  } catch {
    return undefined;
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
