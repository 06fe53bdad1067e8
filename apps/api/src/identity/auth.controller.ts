import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  Auth,
  CurrentPrincipal,
  LoginDto,
  LoginResult,
  LoginService,
  Principal,
  Public,
  RefreshDto,
  RefreshedSession,
  SessionsService,
  SignupDto,
  SignupResult,
  SignupService,
} from '@pitlane/identity';
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
  @Post('signup')
  @HttpCode(201)
  signup(@Body() body: SignupDto, @UserAgent() userAgent?: string): Promise<SignupResult> {
    return this.signups.signup(body, userAgent);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto, @UserAgent() userAgent?: string): Promise<LoginResult> {
    return this.logins.login(body, userAgent);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() body: RefreshDto): Promise<RefreshedSession> {
    return this.sessions.refresh(body.refreshToken);
  }

  @Auth()
  @Post('logout')
  @HttpCode(204)
  logout(@CurrentPrincipal() principal: Principal): Promise<void> {
    return this.sessions.revoke(principal.sessionId, 'logout');
  }
}
