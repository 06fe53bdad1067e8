import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { initReactI18next } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { meQuery, type Me } from '@/lib/session/me';
import type { MileageReading } from '../api/vehicle-queries';
import en from '../locales/en.json';
import { VEHICLE } from '../utils/vehicle.fixture';
import { MileageHistory } from './mileage-history';

const reading = (overrides: Partial<MileageReading>): MileageReading => ({
  id: crypto.randomUUID(),
  mileageKm: 150_000,
  recordedAt: '2026-01-01T10:00:00.000Z',
  source: 'vehicle',
  repairOrderId: null,
  repairOrderNumber: null,
  recordedBy: { id: 'a6e1c7f2-0000-4000-8000-000000000001', name: 'Anna Nowak' },
  decreased: false,
  ...overrides,
});

let items: MileageReading[] = [];
let status = 200;
const server = setupServer(
  http.get('*/api/v1/vehicles/:id/mileage', () =>
    status === 200
      ? HttpResponse.json({ items, page: 1, limit: 100, total: items.length })
      : HttpResponse.json({ status, title: 'Error' }, { status }),
  ),
);

function renderHistory(onRecord = () => {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // Only the workshop's zone is read by the formatting under test.
  queryClient.setQueryData(meQuery.queryKey, { workshop: { timeZone: 'Pacific/Kiritimati' } } as Me);
  return render(
    <QueryClientProvider client={queryClient}>
      <MileageHistory vehicle={VEHICLE} onRecord={onRecord} />
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
  items = [];
  status = 200;
});
afterAll(() => server.close());

describe('MileageHistory', () => {
  it('lists readings newest first with date in the workshop zone, km, source in words and who took it', async () => {
    items = [
      reading({
        mileageKm: 9_000,
        recordedAt: '2026-03-01T11:30:00.000Z',
        source: 'repair-order',
        repairOrderId: 'b6e1c7f2-0000-4000-8000-000000000002',
        repairOrderNumber: 42,
        decreased: true,
      }),
      reading({ mileageKm: 152_300, recordedAt: '2026-02-01T10:00:00.000Z', recordedBy: null }),
    ];
    renderHistory();
    const table = await screen.findByRole('table', { name: 'Mileage readings, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = rows.map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
    // 11:30 UTC on 1 March is already 2 March in Kiritimati (UTC+14). The source shows in the
    // third column, and under the date where a phone hides that column.
    expect(cells).toEqual([
      [
        '2 Mar 2026, 01:30Intake of order #42by Anna Nowak',
        '9,000 kmLower than before',
        'Intake of order #42by Anna Nowak',
      ],
      ['2 Feb 2026, 00:00Entered on the vehicle', '152,300 km', 'Entered on the vehicle'],
    ]);
    expect(
      screen.getByRole('img', {
        name: 'Mileage over time: 2 readings, from 152,300 km on 2 Feb 2026 to 9,000 km on 2 Mar 2026. 1 reading is lower than the one before it.',
      }),
    ).toBeTruthy();
  });

  it('draws no line for one reading', async () => {
    items = [reading({})];
    renderHistory();
    await screen.findByRole('table', { name: 'Mileage readings, newest first' });
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('offers to enter a mileage when there is none', async () => {
    const onRecord = vi.fn();
    renderHistory(onRecord);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Enter the mileage' }));
    expect(onRecord).toHaveBeenCalledOnce();
    expect(screen.getByText(/No mileage recorded yet/)).toBeTruthy();
  });

  it('says so in place when the history cannot be loaded, and asks again on retry', async () => {
    status = 500;
    renderHistory();
    expect(await screen.findByText('The mileage history could not be loaded.')).toBeTruthy();
    status = 200;
    items = [reading({})];
    await userEvent.setup().click(screen.getByRole('button', { name: en.retry }));
    expect(await screen.findByRole('table', { name: 'Mileage readings, newest first' })).toBeTruthy();
  });
});
