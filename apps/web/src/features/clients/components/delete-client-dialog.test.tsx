import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { initReactI18next } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { components } from '@/lib/api/schema.gen';
import uiEn from '@/ui/locales/en.json';
import en from '../locales/en.json';
import { DeleteClientDialog } from './delete-client-dialog';

const navigate = vi.fn();
vi.mock('@tanstack/react-router', () => ({ useNavigate: () => navigate }));

const client: components['schemas']['ClientResponse'] = {
  id: 'c5a1d7e2-3f4b-4c6d-8e9f-0a1b2c3d4e5f',
  firstName: 'Ewa',
  lastName: 'Kowalska',
  email: null,
  phone: null,
  hasNationalId: false,
  notes: null,
  gdprConsentAt: null,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
};

/** The API's answers, in the order the dialog asks: each DELETE takes the next one. */
let answers: Response[] = [];
const deletes: string[] = [];
const server = setupServer(
  http.delete('*/api/v1/clients/:id', ({ request }) => {
    deletes.push(new URL(request.url).search);
    return answers.shift() ?? new HttpResponse(null, { status: 204 });
  }),
);

const problem = (code: string) =>
  HttpResponse.json(
    { type: `https://pitlane.dev/problems/${code}`, title: 'Conflict', status: 409, detail: 'refused' },
    { status: 409, headers: { 'content-type': 'application/problem+json' } },
  );

function renderDialog(vehicleCount: number, onEraseInstead = vi.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <DeleteClientDialog
        client={client}
        vehicleCount={vehicleCount}
        open
        onOpenChange={vi.fn()}
        onEraseInstead={onEraseInstead}
      />
    </QueryClientProvider>,
  );
  return { onEraseInstead };
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { clients: en, ui: uiEn } },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
});
afterEach(() => {
  server.resetHandlers();
  answers = [];
  deletes.length = 0;
  navigate.mockReset();
});
afterAll(() => server.close());

describe('DeleteClientDialog', () => {
  it('deletes a client without vehicles after a plain confirmation', async () => {
    const user = userEvent.setup();
    renderDialog(0);
    await user.click(screen.getByRole('button', { name: 'Delete client' }));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith({ to: '/clients' }));
    expect(deletes).toEqual(['']);
  });

  it('turns a 409 client_has_vehicles into the cascade, behind the typed name', async () => {
    const user = userEvent.setup();
    answers = [problem('client-has-vehicles')];
    renderDialog(0);
    await user.click(screen.getByRole('button', { name: 'Delete client' }));
    const confirm = await screen.findByRole('button', { name: /^Delete client and/ });
    expect(confirm).toHaveProperty('disabled', true);
    await user.type(screen.getByLabelText('Type Ewa Kowalska to confirm'), 'Ewa Kowalska');
    await user.click(confirm);
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith({ to: '/clients' }));
    expect(deletes).toEqual(['', '?cascade=true']);
  });

  it('asks for the typed name at once when the client is known to have vehicles', async () => {
    renderDialog(2);
    expect(await screen.findByRole('button', { name: 'Delete client and 2 vehicles' })).toBeTruthy();
    expect(screen.getByText(/still has 2 vehicles/)).toBeTruthy();
  });

  it('explains a 409 has_history and offers erasure instead', async () => {
    const user = userEvent.setup();
    answers = [problem('has-history')];
    const { onEraseInstead } = renderDialog(1);
    await user.type(screen.getByLabelText('Type Ewa Kowalska to confirm'), 'Ewa Kowalska');
    await user.click(screen.getByRole('button', { name: 'Delete client and 1 vehicle' }));
    expect(await screen.findByText('Their vehicles have repair history')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Erase instead' }));
    expect(onEraseInstead).toHaveBeenCalledOnce();
    expect(navigate).not.toHaveBeenCalled();
  });
});
