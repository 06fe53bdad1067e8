import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import { VEHICLE } from '../utils/vehicle.fixture';
import { VinReveal } from './vin-reveal';

const VIN = 'WVWZZZ1JZXW000001';
const reveals: string[] = [];
const server = setupServer(
  http.get('*/api/v1/vehicles/:id/vin', ({ params }) => {
    reveals.push(String(params.id));
    return HttpResponse.json({ vin: VIN, vinCheckDigit: 'not_applicable' });
  }),
);

const vehicle = VEHICLE;

function renderReveal(shown: typeof VEHICLE = vehicle) {
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <VinReveal vehicle={shown} />
    </QueryClientProvider>,
  );
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { vehicles: en } },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
});
afterEach(() => {
  server.resetHandlers();
  reveals.length = 0;
});
afterAll(() => server.close());

describe('VinReveal', () => {
  it('shows only the tail, masked, and tells screen readers what it is', () => {
    const { container } = renderReveal();
    expect(container.textContent).toContain('•••••••••••000001');
    expect(container.textContent).not.toContain(VIN);
    expect(screen.getByText('VIN ending in 000001')).toHaveProperty('className', 'sr-only');
    expect(reveals).toEqual([]);
  });

  it('reveals the full VIN through the audited call only when asked, and hides it again', async () => {
    const user = userEvent.setup();
    const { container } = renderReveal();
    await user.click(screen.getByRole('button', { name: 'Reveal VIN' }));
    expect(await screen.findByText(VIN)).toBeTruthy();
    expect(reveals).toEqual([vehicle.id]);
    expect(screen.getByText(/recorded in the audit log/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Hide VIN' }));
    expect(container.textContent).not.toContain(VIN);
    expect(container.textContent).toContain('•••••••••••000001');
    expect(screen.getByRole('button', { name: 'Reveal VIN' })).toBeTruthy();
  });

  it('says so when there is no VIN, with nothing to reveal', () => {
    renderReveal({ ...vehicle, vinTail: null, vinCheckDigit: null });
    expect(screen.getByText('No VIN on file')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Reveal VIN' })).toBeNull();
  });

  it('keeps the VIN masked and says so when the reveal fails', async () => {
    server.use(
      http.get('*/api/v1/vehicles/:id/vin', () => HttpResponse.json({ status: 500, title: 'Error' }, { status: 500 })),
    );
    const user = userEvent.setup();
    const { container } = renderReveal();
    await user.click(screen.getByRole('button', { name: 'Reveal VIN' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'The VIN could not be revealed. Try again.');
    expect(container.textContent).not.toContain(VIN);
  });
});
