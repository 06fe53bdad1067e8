import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { initReactI18next } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import uiEn from '@/ui/locales/en.json';
import en from '../locales/en.json';
import pl from '../locales/pl.json';
import { ORDER, LABOUR } from '../utils/order.fixture';
import { LineEditorForm } from './line-editor-dialog';

const PART_ID = '9a6f7c1e-8d2a-4f3b-9c4d-5e6f7a8b9c0d';
let posted: unknown;
let patched: unknown;
let lineAnswer: Response | undefined;

const server = setupServer(
  http.get('*/api/v1/services', () =>
    HttpResponse.json([
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000001',
        name: 'Oil change',
        description: null,
        durationMinutes: 30,
        priceMinor: 14_900,
        vatRateBp: 2300,
        active: true,
        bookableOnline: true,
      },
    ]),
  ),
  http.get('*/api/v1/parts', () =>
    HttpResponse.json({
      items: [
        {
          id: PART_ID,
          partNumber: 'BP-204',
          name: 'Brake pad set',
          brand: null,
          location: null,
          priceMinor: 3_999,
          costMinor: 2_000,
          vatRateBp: 2300,
          onHand: 7,
          reorderPoint: 2,
          active: true,
          createdAt: '2026-12-01T00:00:00Z',
          updatedAt: '2026-12-01T00:00:00Z',
        },
      ],
      page: 1,
      limit: 20,
      total: 1,
    }),
  ),
  http.post('*/api/v1/repair-orders/:id/lines', async ({ request }) => {
    posted = await request.json();
    return lineAnswer ?? HttpResponse.json(ORDER, { status: 201 });
  }),
  http.patch('*/api/v1/repair-orders/:id/lines/:lineId', async ({ request }) => {
    patched = await request.json();
    return HttpResponse.json(ORDER);
  }),
);

function renderForm(line?: typeof LABOUR) {
  const onDone = vi.fn();
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false }, queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <LineEditorForm order={ORDER} line={line} onDone={onDone} />
    </QueryClientProvider>,
  );
  return onDone;
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { orders: en, ui: uiEn }, pl: { orders: pl, ui: uiEn } },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
});
afterEach(async () => {
  posted = undefined;
  patched = undefined;
  lineAnswer = undefined;
  await i18next.changeLanguage('en');
});
afterAll(() => server.close());

describe('the line editor', { timeout: 30_000 }, () => {
  it('adds labour from the service catalog, with the mechanic, as integer minor units', async () => {
    const user = userEvent.setup();
    const onDone = renderForm();
    const service = await screen.findByRole('option', { name: /^Oil change · PLN.149\.00$/ }, { timeout: 5000 });
    await user.selectOptions(screen.getByLabelText('From the service catalog'), service);
    expect(screen.getByLabelText<HTMLInputElement>('Description').value).toBe('Oil change');
    await user.clear(screen.getByLabelText('Hours'));
    await user.type(screen.getByLabelText('Hours'), '0.5');
    await user.selectOptions(screen.getByLabelText('Mechanic'), 'Piotr Mechanik');
    await user.click(screen.getByRole('button', { name: 'Add line' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(posted).toEqual({
      kind: 'labour',
      description: 'Oil change',
      quantity: 0.5,
      unitPriceMinor: 14_900,
      vatRateBp: 2300,
      mechanicUserId: ORDER.mechanics[0]!.userId,
    });
  });

  it('adds a part from stock, showing how many are on hand', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.selectOptions(screen.getByLabelText('Type'), 'part');
    const option = await screen.findByRole(
      'option',
      { name: /^Brake pad set · BP-204 · PLN.39\.99 · 7 in stock$/ },
      { timeout: 5000 },
    );
    await user.selectOptions(screen.getByLabelText('Part'), option);
    await user.clear(screen.getByLabelText('Quantity'));
    await user.type(screen.getByLabelText('Quantity'), '2');
    await user.click(screen.getByRole('button', { name: 'Add line' }));
    await vi.waitFor(() => expect(posted).toBeDefined());
    expect(posted).toEqual({
      kind: 'part',
      partId: PART_ID,
      description: 'Brake pad set',
      quantity: 2,
      unitPriceMinor: 3_999,
      vatRateBp: 2300,
    });
  });

  it('reads Polish decimals and refuses what it cannot take exactly, in place', async () => {
    await i18next.changeLanguage('pl');
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText('Opis'), 'Diagnostyka');
    await user.clear(screen.getByLabelText('Godziny'));
    await user.type(screen.getByLabelText('Godziny'), '1,255');
    await user.type(screen.getByLabelText('Stawka godzinowa netto (PLN)'), '180,50');
    await user.type(screen.getByLabelText('VAT %'), '23');
    await user.click(screen.getByRole('button', { name: 'Dodaj pozycję' }));
    expect(await screen.findByText('Liczba większa od 0, najwyżej dwa miejsca po przecinku.')).toBeTruthy();
    expect(posted).toBeUndefined();
    await user.clear(screen.getByLabelText('Godziny'));
    await user.type(screen.getByLabelText('Godziny'), '1,25');
    await user.click(screen.getByRole('button', { name: 'Dodaj pozycję' }));
    await vi.waitFor(() =>
      expect(posted).toEqual({
        kind: 'labour',
        description: 'Diagnostyka',
        quantity: 1.25,
        unitPriceMinor: 18_050,
        vatRateBp: 2300,
      }),
    );
  });

  it("puts the API's field errors on the fields", async () => {
    lineAnswer = HttpResponse.json(
      {
        type: 'https://pitlane.dev/problems/validation-failed',
        title: 'Bad Request',
        status: 400,
        errors: [{ field: 'unitPriceMinor', message: 'unitPriceMinor must not be greater than 10000000000' }],
      },
      { status: 400, headers: { 'content-type': 'application/problem+json' } },
    );
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText('Description'), 'Engine');
    await user.type(screen.getByLabelText('Hourly rate, net (PLN)'), '100');
    await user.type(screen.getByLabelText('VAT %'), '23');
    await user.click(screen.getByRole('button', { name: 'Add line' }));
    const error = await screen.findByText('unitPriceMinor must not be greater than 10000000000');
    expect(screen.getByLabelText('Hourly rate, net (PLN)').getAttribute('aria-describedby')).toContain(error.id);
  });

  it('edits an approved line sending only the changed price', async () => {
    const user = userEvent.setup();
    const onDone = renderForm(LABOUR);
    expect(screen.getByLabelText<HTMLInputElement>('Hourly rate, net (PLN)').value).toBe('120.00');
    await user.clear(screen.getByLabelText('Hourly rate, net (PLN)'));
    await user.type(screen.getByLabelText('Hourly rate, net (PLN)'), '130');
    await user.click(screen.getByRole('button', { name: 'Save line' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(patched).toEqual({ unitPriceMinor: 13_000 });
  });
});
