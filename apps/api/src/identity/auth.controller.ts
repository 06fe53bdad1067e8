import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import {
  AllowWithoutMfa,
  Auth,
  CurrentPrincipal,
  LoginDto,
  LoginMfaDto,
  LoginOutcome,
  LoginResult,
  LoginResponse,
  LoginService,
  MfaChallengeResponse,
  MfaLoginService,
  Principal,
  Public,
  RefreshDto,
  RefreshedSession,
  RefreshResponse,
  SessionsService,
  SignupDto,
  SignupResponse,
  SignupResult,
  SignupService,
} from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';
import { RateLimited } from '../http/rate-limit/rate-limited.decorator';
import { SET_REFRESH_COOKIE_HEADER } from '../http/session-cookie/refresh-cookie';
import { IssuesRefreshToken } from '../http/session-cookie/session-delivery';
import { UserAgent } from '../http/user-agent.decorator';

@ApiTags('identity')
@ApiExtraModels(LoginResponse, MfaChallengeResponse)
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signups: SignupService,
    private readonly logins: LoginService,
    private readonly mfaLogins: MfaLoginService,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * Limited per client address and per e-mail address; the answer is the same whether or not
   * someone already uses the address (docs/account-mails.md).
   */
  @Public()
  @IssuesRefreshToken()
  @ApiCreatedResponse({
    type: SignupResponse,
    description: 'The workshop, its owner and a first session',
    headers: SET_REFRESH_COOKIE_HEADER,
  })
  @ApiProblems(400, 403, 429)
  @RateLimited({ bucket: 'signup', account: (body) => body.email })
  @Post('signup')
  @HttpCode(201)
  signup(@Body() body: SignupDto, @UserAgent() userAgent?: string): Promise<SignupResult> {
    return this.signups.signup(body, userAgent);
  }

  @Public()
  @IssuesRefreshToken()
  @ApiOkResponse({
    description: 'A session; or, with two-step verification on, `{ mfaRequired, mfaToken }` for /auth/login/mfa',
    schema: { oneOf: [{ $ref: getSchemaPath(LoginResponse) }, { $ref: getSchemaPath(MfaChallengeResponse) }] },
    headers: SET_REFRESH_COOKIE_HEADER,
  })
  @ApiProblems(400, 401, 403, 429)
  @RateLimited({ bucket: 'login', account: (body) => body.email })
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto, @UserAgent() userAgent?: string): Promise<LoginOutcome> {
    return this.logins.login(body, userAgent);
  }

  @Public()
  @IssuesRefreshToken()
  @ApiOkResponse({
    type: LoginResponse,
    description: 'The second step: the session the first step held back',
    headers: SET_REFRESH_COOKIE_HEADER,
  })
  @ApiProblems(400, 401, 403, 429)
  @RateLimited({ bucket: 'login-mfa', account: (body) => body.mfaToken })
  @Post('login/mfa')
  @HttpCode(200)
  loginMfa(@Body() body: LoginMfaDto, @UserAgent() userAgent?: string): Promise<LoginResult> {
    return this.mfaLogins.complete(body, userAgent);
  }

  /** API clients; a browser, whose refresh token is in its cookie, uses /auth/session/refresh. */
  @Public()
  @IssuesRefreshToken()
  @ApiOkResponse({
    type: RefreshResponse,
    description: 'The next token pair; the one sent is spent',
    headers: SET_REFRESH_COOKIE_HEADER,
  })
  @ApiProblems(400, 401, 403)
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() body: RefreshDto): Promise<RefreshedSession> {
    return this.sessions.refresh(body.refreshToken);
  }

  /** API clients; a browser, which may hold only its cookie, uses /auth/session/logout. */
  @Auth()
  @AllowWithoutMfa()
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'The session ended; its access token stops working at once' })
  @ApiProblems(401)
  @Post('logout')
  @HttpCode(204)
  logout(@CurrentPrincipal() principal: Principal): Promise<void> {
    return this.sessions.revoke(principal.sessionId, 'logout');
  }
}
