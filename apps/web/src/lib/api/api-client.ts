import createFetchClient from 'openapi-fetch';
import createQueryHooks from 'openapi-react-query';
import { authFetch } from './auth-fetch';
import type { paths } from './schema.gen';

/** The typed client for every API call the web app makes; types come only from the API's document. */
export const api = createFetchClient<paths>({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  fetch: authFetch,
});

/** React Query hooks over the same client: `$api.useQuery('get', '/api/v1/vehicles/{id}', ...)`. */
export const $api = createQueryHooks(api);
