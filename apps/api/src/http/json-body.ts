import { DomainError } from '@pitlane/core';
import type { FastifyInstance } from 'fastify';

/** What a request body may hold before it is parsed at all. */
export interface JsonShapeLimits {
  /** Objects and arrays inside each other. */
  readonly maxDepth: number;
  /** Members of any one object or array. */
  readonly maxMembers: number;
}

/**
 * Pitlane's deepest body (an estimate verdict's lines) nests three levels and its longest list
 * (closed dates) holds 366 items. Far deeper or wider bodies only cost: class-transformer and
 * class-validator recurse (a 1 MiB `[[[[…]]]]` took a second of CPU and then a 500), and
 * 90,000 unknown keys took 12 s to validate.
 */
export const JSON_SHAPE_LIMITS: JsonShapeLimits = { maxDepth: 32, maxMembers: 1000 };

/** A body nested too deep or too wide: refused before it is parsed. */
export class JsonTooComplexError extends DomainError {
  readonly code = 'body_too_complex';
  readonly kind = 'invalid';
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * Why the JSON text in `body` is beyond `limits`, or undefined. One pass over the bytes:
 * brackets and commas inside strings do not count. For valid JSON the counts are exact; for
 * invalid JSON the answer does not matter, the parser refuses it next. UTF-8 continuation
 * bytes are >= 0x80, so they never look like `"` or `\`.
 */
export function jsonShapeProblem(body: Buffer, limits: JsonShapeLimits): string | undefined {
  const commas = new Uint32Array(limits.maxDepth + 1);
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === COMMA && depth > 0) {
      const count = (commas[depth] ?? 0) + 1;
      commas[depth] = count;
      if (count >= limits.maxMembers) {
        return `An object or array in the request body holds more than ${limits.maxMembers} members.`;
      }
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > limits.maxDepth) {
        return `The request body nests objects or arrays deeper than ${limits.maxDepth} levels.`;
      }
      commas[depth] = 0;
    } else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

/**
 * The API's only body parser: `application/json`, shape-limited, then Fastify's own
 * prototype-poisoning-safe parse. Every other media type (form posts, text/plain, multipart,
 * a body without Content-Type) answers 415, so a cross-site HTML form, which cannot send
 * `application/json` without a CORS preflight, never reaches an endpoint. Nest's default
 * parsers (JSON and urlencoded) are off (`bodyParser: false` in create-api.ts).
 *
 * The size limit is the route's (body-limits.ts), enforced by Fastify while reading.
 */
export function acceptJsonBodiesOnly(fastify: FastifyInstance, limits = JSON_SHAPE_LIMITS): void {
  fastify.removeAllContentTypeParsers();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    const problem = jsonShapeProblem(bytes, limits);
    if (problem !== undefined) {
      done(new JsonTooComplexError(problem), undefined);
      return;
    }
    void parseJson(request, bytes.toString('utf8'), done);
  });
}
