import { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { requestIdOf } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function requestWith(headers: IncomingHttpHeaders): IncomingMessage {
  const request = new IncomingMessage(new Socket());
  request.headers = headers;
  return request;
}

describe('requestIdOf', () => {
  it.each([
    ['a UUID', '0b6f1c9e-4a52-4f7e-9d3a-1f2e3d4c5b6a'],
    ['a proxy id with dots and colons', 'edge-1:req.0042'],
    ['exactly 8 characters', 'abcd1234'],
    ['exactly 128 characters', 'a'.repeat(128)],
  ])("reuses the caller's well-formed X-Request-Id: %s", (_label, id) => {
    expect(requestIdOf(requestWith({ 'x-request-id': id }))).toBe(id);
  });

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['too short', 'abc1234'],
    ['too long', 'a'.repeat(129)],
    ['with spaces', 'request id 1234'],
    ['with a line break', 'abcd1234\nforged log line'],
    ['with a slash', 'abcd/1234/efgh'],
    ['with non-ASCII letters', 'żółć-1234-abcd'],
    ['with a trailing newline', 'abcd1234\n'],
  ])('mints a fresh UUID when the header is %s', (_label, id) => {
    const requestId = requestIdOf(requestWith(id === undefined ? {} : { 'x-request-id': id }));

    expect(requestId).toMatch(UUID);
    expect(requestId).not.toBe(id);
  });

  it('mints a fresh UUID when the header was sent more than once', () => {
    expect(requestIdOf(requestWith({ 'x-request-id': ['abcd1234', 'efgh5678'] }))).toMatch(UUID);
  });

  it('mints a different id for every request without one', () => {
    const ids = new Set(Array.from({ length: 100 }, () => requestIdOf(requestWith({}))));

    expect(ids.size).toBe(100);
  });
});
