/** Who is calling an operator route: established by OperatorGuard from a token and a live session. */
export interface OperatorPrincipal {
  readonly operatorId: string;
  readonly email: string;
  readonly name: string;
  readonly sessionId: string;
}
