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
  @ApiCreatedResponse({ type: SignupResponse, description: 'The workshop, its owner and a first session' })
  @ApiProblems(400, 429)
  @RateLimited({ bucket: 'signup', account: (body) => body.email })
  @Post('signup')
  @HttpCode(201)
  signup(@Body() body: SignupDto, @UserAgent() userAgent?: string): Promise<SignupResult> {
    return this.signups.signup(body, userAgent);
  }

  @Public()
  @ApiOkResponse({
    description: 'A session; or, with two-step verification on, `{ mfaRequired, mfaToken }` for /auth/login/mfa',
    schema: { oneOf: [{ $ref: getSchemaPath(LoginResponse) }, { $ref: getSchemaPath(MfaChallengeResponse) }] },
  })
  @ApiProblems(400, 401, 403, 429)
  @RateLimited({ bucket: 'login', account: (body) => body.email })
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto, @UserAgent() userAgent?: string): Promise<LoginOutcome> {
    return this.logins.login(body, userAgent);
  }

  @Public()
  @ApiOkResponse({ type: LoginResponse, description: 'The second step: the session the first step held back' })
  @ApiProblems(400, 401, 403, 429)
  @RateLimited({ bucket: 'login-mfa', account: (body) => body.mfaToken })
  @Post('login/mfa')
  @HttpCode(200)
  loginMfa(@Body() body: LoginMfaDto, @UserAgent() userAgent?: string): Promise<LoginResult> {
    return this.mfaLogins.complete(body, userAgent);
  }

  @Public()
  @ApiOkResponse({ type: RefreshResponse, description: 'The next token pair; the one sent is spent' })
  @ApiProblems(400, 401, 403)
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() body: RefreshDto): Promise<RefreshedSession> {
    return this.sessions.refresh(body.refreshToken);
  }

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
