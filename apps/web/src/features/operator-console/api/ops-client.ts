import createFetchClient from 'openapi-fetch';
import createQueryHooks from 'openapi-react-query';
import type { paths } from '@/lib/api/schema.gen';
import { operatorSession } from './operator-session';

/** The console's calls carry the operator's token, never a workshop's; a 401 ends the console session. */
async function operatorFetch(request: Request): Promise<Response> {
  const token = operatorSession.accessToken();
  const headers = new Headers(request.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(new Request(request, { headers }));
  if (response.status === 401 && token && !new URL(request.url).pathname.endsWith('/ops/auth/login')) {
    operatorSession.signOut('expired');
  }
  return response;
}

export const opsApi = createFetchClient<paths>({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  fetch: operatorFetch,
});

/** React Query hooks over the operator client: `$ops.useQuery('get', '/api/v1/ops/tenants', ...)`. */
export const $ops = createQueryHooks(opsApi);
