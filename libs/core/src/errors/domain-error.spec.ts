import { codedDomainError, DomainError, ErrorKind } from './domain-error';

enum DeskErrorCode {
  TicketNotFound = 'ticket_not_found',
  TicketClosed = 'ticket_closed',
}

const KIND: Readonly<Record<DeskErrorCode, ErrorKind>> = {
  [DeskErrorCode.TicketNotFound]: 'not_found',
  [DeskErrorCode.TicketClosed]: 'conflict',
};

class DeskError extends codedDomainError(KIND) {}

describe('a context error class made by codedDomainError', () => {
  it.each([
    [DeskErrorCode.TicketNotFound, 'not_found'],
    [DeskErrorCode.TicketClosed, 'conflict'],
  ])('takes the kind of %s from its table: %s', (code, kind) => {
    expect(new DeskError(code, 'No.').kind).toBe(kind);
  });

  it('is a DomainError named after the context class, carrying detail, field problems and extensions', () => {
    const error = new DeskError(
      DeskErrorCode.TicketClosed,
      'The ticket is closed.',
      [{ field: 'id', message: 'closed' }],
      {
        closedAt: '2026-01-01',
      },
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(DeskError);
    expect(error).toMatchObject({
      name: 'DeskError',
      message: 'The ticket is closed.',
      code: 'ticket_closed',
      detail: 'The ticket is closed.',
      fieldProblems: [{ field: 'id', message: 'closed' }],
      extensions: { closedAt: '2026-01-01' },
    });
  });
});
