import {
  BadRequestException,
  ForbiddenException,
  HttpException,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import { DomainError, ErrorKind, ValidationFailedError } from '@pitlane/core';
import { IdentityError, IdentityErrorCode } from '@pitlane/identity';
import { toProblem } from './problem-mapper';

const INSTANCE = '/api/v1/work-orders/42';
const ERROR_ID = 'err-7f3c2a';

/** A context's error class, as each bounded context declares one. */
class WorkOrderError extends DomainError {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    detail: string,
    extensions?: Readonly<Record<string, unknown>>,
  ) {
    super(detail, undefined, extensions);
  }
}

function fastifyError(statusCode: number, code: string, message: string): Error {
  return Object.assign(new Error(message), { statusCode, code });
}

describe('toProblem', () => {
  describe('a domain error', () => {
    it('answers its kind as the status, its code as the type and its detail as written', () => {
      const { problem, unexpected } = toProblem(
        new WorkOrderError('invalid_transition', 'conflict', 'A closed work order cannot be reopened.'),
        INSTANCE,
        ERROR_ID,
      );

      expect(problem).toEqual({
        type: 'https://pitlane.dev/problems/invalid-transition',
        title: 'Conflict',
        status: 409,
        detail: 'A closed work order cannot be reopened.',
        instance: INSTANCE,
      });
      expect(unexpected).toBe(false);
    });

    it('lists field problems under "errors"', () => {
      const { problem } = toProblem(
        new ValidationFailedError([{ field: 'sort', message: 'must be one of name' }]),
        INSTANCE,
        ERROR_ID,
      );

      expect(problem).toEqual({
        type: 'https://pitlane.dev/problems/validation-failed',
        title: 'Bad Request',
        status: 400,
        detail: 'The request is not valid.',
        instance: INSTANCE,
        errors: [{ field: 'sort', message: 'must be one of name' }],
      });
    });

    it('maps an identity error the same way', () => {
      const { problem } = toProblem(
        new IdentityError(IdentityErrorCode.InvalidToken, 'The access token is missing, malformed or expired.'),
        INSTANCE,
        ERROR_ID,
      );

      expect(problem).toMatchObject({
        type: 'https://pitlane.dev/problems/invalid-token',
        title: 'Unauthorized',
        status: 401,
      });
    });

    it('adds its extensions to the body', () => {
      const { problem } = toProblem(
        new WorkOrderError('invalid_transition', 'conflict', 'Not from here.', { allowed: ['cancelled'] }),
        INSTANCE,
        ERROR_ID,
      );

      expect(problem.allowed).toEqual(['cancelled']);
    });

    it('never lets an extension overwrite the standard members', () => {
      const { problem } = toProblem(
        new WorkOrderError('gone_away', 'gone', 'It is gone.', {
          status: 200,
          type: 'about:blank',
          title: 'OK',
          detail: 'overwritten',
          instance: '/elsewhere',
        }),
        INSTANCE,
        ERROR_ID,
      );

      expect(problem).toMatchObject({
        type: 'https://pitlane.dev/problems/gone-away',
        title: 'Gone',
        status: 410,
        detail: 'It is gone.',
        instance: INSTANCE,
      });
    });

    it('has no "errors" member when it has no field problems', () => {
      const { problem } = toProblem(new WorkOrderError('x', 'forbidden', 'No.'), INSTANCE, ERROR_ID);

      expect(problem).not.toHaveProperty('errors');
    });

    it('counts an "unavailable" domain error as a 503 that is ours to log', () => {
      const { problem, unexpected } = toProblem(
        new WorkOrderError('supplier_down', 'unavailable', 'Try again shortly.'),
        INSTANCE,
        ERROR_ID,
      );

      expect(problem.status).toBe(503);
      expect(unexpected).toBe(true);
    });
  });

  describe("Nest's own 4xx exceptions", () => {
    it('answers an unknown route with a plain 404 and a fixed detail', () => {
      const { problem, unexpected } = toProblem(
        new NotFoundException('Cannot GET /api/v1/users/42?token=abc'),
        INSTANCE,
        ERROR_ID,
      );

      expect(problem).toEqual({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: 'There is nothing at this address.',
        instance: INSTANCE,
      });
      expect(unexpected).toBe(false);
    });

    it('passes the message of another 4xx exception through', () => {
      expect(toProblem(new BadRequestException('Unexpected field'), INSTANCE, ERROR_ID).problem).toMatchObject({
        type: 'about:blank',
        status: 400,
        detail: 'Unexpected field',
      });
      expect(toProblem(new ForbiddenException(), INSTANCE, ERROR_ID).problem.detail).toBe('Forbidden');
    });

    it('joins a list of messages', () => {
      const { problem } = toProblem(new BadRequestException(['first', 'second']), INSTANCE, ERROR_ID);

      expect(problem.detail).toBe('first; second');
    });

    it('uses a string response as the detail', () => {
      const { problem } = toProblem(new HttpException('Slow down', 429), INSTANCE, ERROR_ID);

      expect(problem).toMatchObject({ status: 429, title: 'Too Many Requests', detail: 'Slow down' });
    });

    it('treats a 5xx HttpException as unexpected and hides its message', () => {
      const { problem, unexpected } = toProblem(
        new ServiceUnavailableException('pool exhausted at db.internal'),
        INSTANCE,
        ERROR_ID,
      );

      expect(problem.status).toBe(500);
      expect(problem.errorId).toBe(ERROR_ID);
      expect(JSON.stringify(problem)).not.toContain('db.internal');
      expect(unexpected).toBe(true);
    });
  });

  describe("Fastify's early errors", () => {
    it('answers a body that is too large with 413 and a fixed detail', () => {
      const { problem, unexpected } = toProblem(
        { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' },
        INSTANCE,
        ERROR_ID,
      );

      expect(problem).toEqual({
        type: 'about:blank',
        title: 'Payload Too Large',
        status: 413,
        detail: 'The request body is larger than this endpoint accepts.',
        instance: INSTANCE,
      });
      expect(unexpected).toBe(false);
    });

    it('never passes the raw message of a Fastify error through', () => {
      const { problem } = toProblem(
        fastifyError(413, 'FST_ERR_CTP_BODY_TOO_LARGE', 'Request body is too large: {"password":"hunter2'),
        INSTANCE,
        ERROR_ID,
      );

      expect(problem.detail).toBe('The request body is larger than this endpoint accepts.');
      expect(JSON.stringify(problem)).not.toContain('hunter2');
    });

    it('answers invalid JSON with a fixed detail, even as a bare SyntaxError', () => {
      const raw = Object.assign(new SyntaxError('Unexpected token p in JSON at position 12: "password'), {
        statusCode: 400,
      });
      const { problem, unexpected } = toProblem(raw, INSTANCE, ERROR_ID);

      expect(problem).toMatchObject({ status: 400, detail: 'The request body is not valid JSON.' });
      expect(JSON.stringify(problem)).not.toContain('password');
      expect(unexpected).toBe(false);
    });

    it('answers an unsupported media type with a fixed detail', () => {
      const { problem } = toProblem(
        fastifyError(415, 'FST_ERR_CTP_INVALID_MEDIA_TYPE', 'Unsupported Media Type: text/evil'),
        INSTANCE,
        ERROR_ID,
      );

      expect(problem).toMatchObject({
        status: 415,
        detail: 'This Content-Type is not supported; send application/json.',
      });
    });

    it('answers a Fastify 4xx it has no text for with a generic detail', () => {
      const { problem } = toProblem(fastifyError(400, 'FST_ERR_SOMETHING_NEW', 'raw text'), INSTANCE, ERROR_ID);

      expect(problem).toMatchObject({ status: 400, detail: 'The request could not be read.' });
    });

    it('does not trust a 4xx statusCode on an error that is not from Fastify', () => {
      const { problem, unexpected } = toProblem(
        Object.assign(new Error('upstream said no'), { statusCode: 404, code: 'ENOTFOUND' }),
        INSTANCE,
        ERROR_ID,
      );

      expect(problem.status).toBe(500);
      expect(unexpected).toBe(true);
    });
  });

  describe('anything else', () => {
    it('answers 500, quotes the errorId and says nothing of the cause', () => {
      const { problem, unexpected } = toProblem(
        new Error('secret sql here: select * from users where password_hash = $1'),
        INSTANCE,
        ERROR_ID,
      );

      expect(problem).toEqual({
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        detail: 'Something went wrong on our side. Quote the errorId if you contact support.',
        instance: INSTANCE,
        errorId: ERROR_ID,
      });
      expect(problem.detail).not.toContain('secret sql');
      expect(JSON.stringify(problem)).not.toContain('secret sql');
      expect(unexpected).toBe(true);
    });

    it.each([
      ['null', null],
      ['undefined', undefined],
      ['a thrown string', 'secret sql here'],
      ['a thrown number', 42],
      ['a plain object', { message: 'secret sql here' }],
    ])('answers 500 for %s', (_label, thrown) => {
      const { problem, unexpected } = toProblem(thrown, INSTANCE, ERROR_ID);

      expect(problem.status).toBe(500);
      expect(problem.errorId).toBe(ERROR_ID);
      expect(JSON.stringify(problem)).not.toContain('secret sql');
      expect(unexpected).toBe(true);
    });

    it('only quotes an errorId on 500s', () => {
      expect(toProblem(new NotFoundException(), INSTANCE, ERROR_ID).problem).not.toHaveProperty('errorId');
      expect(toProblem(new ValidationFailedError([]), INSTANCE, ERROR_ID).problem).not.toHaveProperty('errorId');
    });
  });

  it('never puts a stack trace in any problem', () => {
    const thrown: unknown[] = [
      new WorkOrderError('x', 'conflict', 'No.', { allowed: ['a'] }),
      new ValidationFailedError([{ field: 'f', message: 'm' }]),
      new IdentityError(IdentityErrorCode.WeakPassword, 'Weak.', [{ field: 'password', message: 'short' }]),
      new NotFoundException(),
      new BadRequestException('bad'),
      new ServiceUnavailableException(),
      { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' },
      fastifyError(400, 'FST_ERR_CTP_INVALID_JSON_BODY', 'bad json'),
      Object.assign(new SyntaxError('bad json'), { statusCode: 400 }),
      new Error('secret sql here'),
      new TypeError('cannot read properties of undefined'),
      null,
    ];

    for (const error of thrown) {
      const { problem } = toProblem(error, INSTANCE, ERROR_ID);
      expect(problem).not.toHaveProperty('stack');
      expect(JSON.stringify(problem)).not.toMatch(/stack|\n\s+at /);
    }
  });
});
