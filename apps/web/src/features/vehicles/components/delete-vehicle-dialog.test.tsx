import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { initReactI18next } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import uiEn from '@/ui/locales/en.json';
import en from '../locales/en.json';
import { VEHICLE } from '../utils/vehicle.fixture';
import { DeleteVehicleDialog } from './delete-vehicle-dialog';

const navigate = vi.fn();
vi.mock('@tanstack/react-router', () => ({
  useNavigate: () => navigate,
  Link: ({ to, params, children }: { to: string; params: Record<string, string>; children: ReactNode }) => (
    <a href={to.replace('$clientId', params.clientId ?? '')}>{children}</a>
  ),
}));

let answer: Response | undefined;
const server = setupServer(
  http.delete('*/api/v1/vehicles/:id', () => answer ?? new HttpResponse(null, { status: 204 })),
);

function renderDialog() {
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <DeleteVehicleDialog vehicle={VEHICLE} open onOpenChange={vi.fn()} />
    </QueryClientProvider>,
  );
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { vehicles: en, ui: uiEn } },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
});
afterEach(() => {
  answer = undefined;
  navigate.mockReset();
});
afterAll(() => server.close());

describe('DeleteVehicleDialog', () => {
  it('deletes and goes back to the list', async () => {
    const user = userEvent.setup();
    renderDialog();
    await user.click(screen.getByRole('button', { name: 'Delete vehicle' }));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith({ to: '/vehicles' }));
  });

  it('explains a 409 has_history and points to erasing the owner instead', async () => {
    const user = userEvent.setup();
    answer = HttpResponse.json(
      { type: 'https://pitlane.dev/problems/has-history', title: 'Conflict', status: 409, detail: 'refused' },
      { status: 409, headers: { 'content-type': 'application/problem+json' } },
    );
    renderDialog();
    await user.click(screen.getByRole('button', { name: 'Delete vehicle' }));
    expect(await screen.findByText('This vehicle has repair history')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the owner to erase instead' }).getAttribute('href')).toBe(
      `/clients/${VEHICLE.clientId}`,
    );
    expect(screen.queryByRole('button', { name: 'Delete vehicle' })).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
  });
});
