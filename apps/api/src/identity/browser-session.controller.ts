import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public, RefreshedSession, SessionRefreshResponse, SessionsService } from '@pitlane/identity';
import { ApiProblems } from '../http/problem-details.dto';
import { SET_REFRESH_COOKIE_HEADER } from '../http/session-cookie/refresh-cookie';
import { BrowserSessionRoute, RefreshCookie } from '../http/session-cookie/session-delivery';

/**
 * A browser's session, whose refresh token lives in the HttpOnly `pitlane_refresh` cookie set by
 * a call made with `X-Refresh-Token-Delivery: cookie`. Both routes take no body and read only the
 * cookie; they are public because the cookie is the credential (logout must work when the
 * in-memory access token is lost or expired). API clients keep /auth/refresh and /auth/logout.
 */
@ApiTags('identity')
@Controller('auth/session')
export class BrowserSessionController {
  constructor(private readonly sessions: SessionsService) {}

  @Public()
  @BrowserSessionRoute()
  @ApiOkResponse({
    type: SessionRefreshResponse,
    description: 'A new access token; the cookie is rotated (the one sent is spent)',
    headers: SET_REFRESH_COOKIE_HEADER,
  })
  @ApiProblems(401, 403)
  @Post('refresh')
  @HttpCode(200)
  refresh(@RefreshCookie() refreshToken: string | undefined): Promise<RefreshedSession> {
    return this.sessions.refresh(refreshToken);
  }

  @Public()
  @BrowserSessionRoute()
  @ApiNoContentResponse({
    description: 'The session ended (its access token stops working at once) and the cookie is cleared',
    headers: SET_REFRESH_COOKIE_HEADER,
  })
  @ApiProblems(401, 403)
  @Post('logout')
  @HttpCode(204)
  logout(@RefreshCookie() refreshToken: string | undefined): Promise<void> {
    return this.sessions.endByRefreshToken(refreshToken);
  }
}
