import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Auth,
  CurrentPrincipal,
  LoginDto,
  LoginResult,
  LoginResponse,
  LoginService,
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
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signups: SignupService,
    private readonly logins: LoginService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @ApiCreatedResponse({ type: SignupResponse, description: 'The workshop, its owner and a first session' })
  @ApiProblems(400, 409)
  @Post('signup')
  @HttpCode(201)
  signup(@Body() body: SignupDto, @UserAgent() userAgent?: string): Promise<SignupResult> {
    return this.signups.signup(body, userAgent);
  }

  @Public()
  @ApiOkResponse({ type: LoginResponse })
  @ApiProblems(400, 401, 403)
  @RateLimited({ bucket: 'login', account: (body) => body.email })
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto, @UserAgent() userAgent?: string): Promise<LoginResult> {
    return this.logins.login(body, userAgent);
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
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'The session ended; its access token stops working at once' })
  @ApiProblems(401)
  @Post('logout')
  @HttpCode(204)
  logout(@CurrentPrincipal() principal: Principal): Promise<void> {
    return this.sessions.revoke(principal.sessionId, 'logout');
  }
}
