import { HttpException } from '@nestjs/common';
import { DomainError, ProblemDetails, problemType, RateLimitedError, STATUS_OF_KIND } from '@pitlane/core';
import { STATUS_CODES } from 'node:http';

export interface MappedProblem {
  readonly problem: ProblemDetails;
  /** True when the failure is ours (5xx): it is logged with its stack under `errorId`. */
  readonly unexpected: boolean;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Fixed client messages for Fastify's own early errors, which happen before any controller:
 * their raw messages can quote fragments of the body, so none is passed through.
 */
const FASTIFY_DETAILS: Readonly<Record<string, string>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is larger than this endpoint accepts.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request declares a JSON body but sends none.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'This Content-Type is not supported; send application/json.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The Content-Length header does not match the body.',
  FST_ERR_CTP_INVALID_TYPE: 'The Content-Type header is malformed.',
  FST_ERR_BAD_URL: 'The request URL is malformed.',
};

interface FastifyLikeError {
  readonly statusCode?: unknown;
  readonly code?: unknown;
}

/** Turns anything thrown while serving a request into RFC 9457 problem details. */
export function toProblem(error: unknown, instance: string, errorId: string): MappedProblem {
  if (error instanceof DomainError) {
    const status = STATUS_OF_KIND[error.kind];
    return {
      problem: {
        ...error.extensions,
        type: problemType(error.code),
        title: STATUS_CODES[status] ?? 'Error',
        status,
        detail: error.detail,
        instance,
        ...(error.fieldProblems ? { errors: error.fieldProblems } : {}),
      },
      unexpected: status >= 500,
      ...(error instanceof RateLimitedError ? { headers: { 'retry-after': String(error.retryAfterSeconds) } } : {}),
    };
  }
  if (error instanceof HttpException && error.getStatus() < 500) {
    const status = error.getStatus();
    return { problem: plain(status, instance, detailOfHttpException(error, status)), unexpected: false };
  }
  const fastify = error as FastifyLikeError | null;
  if (
    typeof fastify?.statusCode === 'number' &&
    fastify.statusCode >= 400 &&
    fastify.statusCode < 500 &&
    (error instanceof SyntaxError || (typeof fastify.code === 'string' && fastify.code.startsWith('FST_')))
  ) {
    const code = typeof fastify.code === 'string' ? fastify.code : 'FST_ERR_CTP_INVALID_JSON_BODY';
    return {
      problem: plain(fastify.statusCode, instance, FASTIFY_DETAILS[code] ?? 'The request could not be read.'),
      unexpected: false,
    };
  }
  return {
    problem: {
      ...plain(500, instance, 'Something went wrong on our side. Quote the errorId if you contact support.'),
      errorId,
    },
    unexpected: true,
  };
}

function plain(status: number, instance: string, detail: string): ProblemDetails {
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail, instance };
}

/** Nest's built-in exceptions (unknown route, pipes) carry safe, client-facing messages. */
function detailOfHttpException(error: HttpException, status: number): string {
  if (status === 404) return 'There is nothing at this address.';
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.filter((m) => typeof m === 'string').join('; ');
  return STATUS_CODES[status] ?? 'Error';
}
