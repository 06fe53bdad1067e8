import { classifySmtpFailure, smtpFailureSummary } from './smtp-failure';

/** An error shaped like the ones nodemailer rejects sendMail with. */
function smtpError(fields: { code?: string; responseCode?: number; response?: string; message?: string }): Error {
  return Object.assign(new Error(fields.message ?? 'failed'), fields);
}

describe('classifySmtpFailure', () => {
  it.each([550, 551, 552, 553, 554, 500, 501, 521, 556])('a %d reply is permanent', (responseCode) => {
    expect(classifySmtpFailure(smtpError({ code: 'EENVELOPE', responseCode }))).toBe('permanent');
    expect(classifySmtpFailure(smtpError({ code: 'EMESSAGE', responseCode }))).toBe('permanent');
  });

  it.each([421, 450, 451, 452, 454])('a %d reply is temporary', (responseCode) => {
    expect(classifySmtpFailure(smtpError({ code: 'EMESSAGE', responseCode }))).toBe('temporary');
  });

  it.each(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'ETLS', 'EPROTOCOL'])(
    'a %s error without a reply is temporary',
    (code) => {
      expect(classifySmtpFailure(smtpError({ code }))).toBe('temporary');
    },
  );

  it('a failed login is temporary even with its 535, so an operator can fix the credentials', () => {
    expect(classifySmtpFailure(smtpError({ code: 'EAUTH', responseCode: 535 }))).toBe('temporary');
    expect(classifySmtpFailure(smtpError({ code: 'EAUTH' }))).toBe('temporary');
    expect(classifySmtpFailure(smtpError({ code: 'ENOAUTH' }))).toBe('temporary');
  });

  it('503 "bad sequence of commands" is temporary: a new session gets past it', () => {
    expect(classifySmtpFailure(smtpError({ code: 'EENVELOPE', responseCode: 503 }))).toBe('temporary');
  });

  it.each([
    ['a plain Error', new Error('boom')],
    ['a string', 'boom'],
    ['undefined', undefined],
    ['null', null],
    ['an object with a textual responseCode', { responseCode: '550' }],
    ['an unknown code', smtpError({ code: 'EWHATEVER' })],
  ])('%s is temporary', (_, error) => {
    expect(classifySmtpFailure(error)).toBe('temporary');
  });
});

describe('smtpFailureSummary', () => {
  it('is the server reply when there is one', () => {
    expect(
      smtpFailureSummary(
        smtpError({
          code: 'EMESSAGE',
          responseCode: 550,
          response: '550 mailbox unavailable',
          message: 'Message failed: 550 mailbox unavailable',
        }),
      ),
    ).toBe('550 mailbox unavailable');
  });

  it('puts the code in front of a reply that lacks it', () => {
    expect(smtpFailureSummary(smtpError({ responseCode: 451, message: 'try again later' }))).toBe(
      '451 try again later',
    );
  });

  it("is Node's own code for a refused connection, even wrapped by nodemailer", () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525'), {
      code: 'ESOCKET',
      originalCode: 'ECONNREFUSED',
    });
    expect(smtpFailureSummary(refused)).toBe('ECONNREFUSED');
    expect(smtpFailureSummary(smtpError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 10.0.0.1:25' }))).toBe(
      'ECONNREFUSED',
    );
  });

  it('adds the message when it tells more than the code', () => {
    expect(smtpFailureSummary(smtpError({ code: 'ETIMEDOUT', message: 'Greeting never received' }))).toBe(
      'ETIMEDOUT: Greeting never received',
    );
  });

  it('never contains an e-mail address', () => {
    const summary = smtpFailureSummary(
      smtpError({
        code: 'EENVELOPE',
        responseCode: 550,
        response: '550 5.1.1 <jan.kowalski+garage@example.co.uk>: Recipient address rejected; also ola@wp.pl',
      }),
    );
    expect(summary).toBe('550 5.1.1 [address]: Recipient address rejected; also [address]');
    expect(summary).not.toContain('@');
  });

  it('is one line of at most 200 characters', () => {
    const long = smtpError({ responseCode: 554, response: `554-5.7.1 first line\r\n554 ${'x'.repeat(500)}` });
    const summary = smtpFailureSummary(long);
    expect(summary).not.toMatch(/[\r\n]/);
    expect(summary.startsWith('554-5.7.1 first line 554 xxx')).toBe(true);
    expect([...summary]).toHaveLength(200);
    expect(summary.endsWith('…')).toBe(true);
  });

  it('describes errors that are not nodemailer errors', () => {
    expect(smtpFailureSummary(new Error('socket hang up'))).toBe('socket hang up');
    expect(smtpFailureSummary('rejected for owner@example.com')).toBe('rejected for [address]');
    expect(smtpFailureSummary(undefined)).toBe('unknown error');
    expect(smtpFailureSummary({})).toBe('unknown error');
    expect(smtpFailureSummary(new Error(''))).toBe('unknown error');
  });
});
