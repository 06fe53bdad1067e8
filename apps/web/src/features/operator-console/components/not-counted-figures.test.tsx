import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { initReactI18next } from 'react-i18next';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema.gen';
import da from '../locales/da.json';
import en from '../locales/en.json';
import pl from '../locales/pl.json';
import { tenantListSearchSchema } from '../utils/tenant-list-search';
import { TenantListPage } from './tenant-list-page';
import { TenantPage } from './tenant-page';

type Tenant = components['schemas']['OperatorTenantResponse'];

const COUNTED: Tenant = {
  id: 'a1a1a1a1-0000-4000-8000-000000000001',
  name: 'Alpha Motors',
  slug: 'alpha-motors',
  status: 'active',
  country: 'PL',
  locale: 'pl',
  createdAt: '2026-11-01T10:00:00.000Z',
  verifiedAt: '2026-11-01T10:05:00.000Z',
  plan: null,
  staffCount: 3,
  vehicles: 120,
  clients: 90,
  orders: 200,
  invoices: 150,
  storageBytes: 2_500_000,
  lastActivityAt: '2026-12-05T15:00:00.000Z',
  vehicles30d: 17,
  orders30d: 42,
  invoices30d: 31,
  mailsSent30d: 64,
  mailsFailed30d: 2,
  usageRolledUpAt: '2026-12-06T15:30:00.000Z',
};

/** Signed up after the last rollup: the API says so with nulls, not zeros. */
const FRESH: Tenant = {
  ...COUNTED,
  id: 'b2b2b2b2-0000-4000-8000-000000000002',
  name: 'Beta Garage',
  slug: 'beta-garage',
  createdAt: '2026-12-06T15:35:00.000Z',
  verifiedAt: null,
  staffCount: null,
  vehicles: null,
  clients: null,
  orders: null,
  invoices: null,
  storageBytes: null,
  lastActivityAt: null,
  vehicles30d: null,
  orders30d: null,
  invoices30d: null,
  mailsSent30d: null,
  mailsFailed30d: null,
  usageRolledUpAt: null,
};

const server = setupServer(
  http.get('*/api/v1/ops/tenants', () => HttpResponse.json({ items: [COUNTED, FRESH], page: 1, limit: 25, total: 2 })),
  http.get('*/api/v1/ops/tenants/:id', () =>
    HttpResponse.json({
      tenant: FRESH,
      usage: Array.from({ length: 30 }, (_, index) => ({
        day: `2026-11-${String(index + 1).padStart(2, '0')}`,
        vehiclesCreated: 0,
        ordersCreated: 0,
        invoicesIssued: 0,
        mailsSent: 0,
        mailsFailed: 0,
        activeStaff: 0,
        storageBytes: null,
      })),
      problems: { failedMails: [], outboxPending: 0, outboxOldestAt: null, mailsQueued: 0, mailsOldestQueuedAt: null },
      audit: [],
    }),
  ),
);

/** The console's two pages under the ids their file routes have (`/ops/`, `/ops/tenants/$tenantId`). */
function renderAt(url: string) {
  const root = createRootRoute({ component: Outlet });
  const ops = createRoute({ getParentRoute: () => root, path: '/ops' });
  const list = createRoute({
    getParentRoute: () => ops,
    path: '/',
    validateSearch: tenantListSearchSchema,
    component: TenantListPage,
  });
  const tenant = createRoute({ getParentRoute: () => ops, path: '/tenants/$tenantId', component: TenantPage });
  const router = createRouter({
    routeTree: root.addChildren([ops.addChildren([list, tenant])]),
    history: createMemoryHistory({ initialEntries: [url] }),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

/** A row of the workshops table as its cells' accessible text, by column header. */
function rowOf(table: HTMLElement, workshop: string): Record<string, string> {
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent ?? '');
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => candidate.textContent?.includes(workshop));
  if (!row) throw new Error(`no row for ${workshop}`);
  const cells = within(row).getAllByRole('cell');
  return Object.fromEntries(headers.map((header, index) => [header, cells[index]?.textContent ?? '']));
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: {
      en: { 'operator-console': en },
      pl: { 'operator-console': pl },
      da: { 'operator-console': da },
    },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
});
beforeEach(() => i18next.changeLanguage('en'));
afterAll(() => server.close());

// The owner's verification comes from the rollup too: "no" before it could be wrong.
const FIGURE_COLUMNS = ['verified', 'staff', 'vehicles', 'orders', 'invoices', 'mails', 'storage'] as const;

describe('a workshop the rollup has not counted yet', () => {
  it.each([
    ['en', en],
    ['pl', pl],
    ['da', da],
  ] as const)('shows "not counted yet" instead of 0 in the workshops table (%s)', async (language, messages) => {
    await i18next.changeLanguage(language);
    renderAt('/ops');
    const table = await screen.findByRole('table', { name: messages.tenants.title });
    const fresh = rowOf(table, 'Beta Garage');
    const counted = rowOf(table, 'Alpha Motors');
    for (const column of FIGURE_COLUMNS) {
      const header = messages.tenants.columns[column];
      expect({ column, text: fresh[header] }).toEqual({ column, text: `—${messages.usage.notCounted}` });
      expect(counted[header]).not.toContain(messages.usage.notCounted);
    }
    expect(counted[messages.tenants.columns.orders]).toBe('42');
    // The dash carries the words as a tooltip too.
    expect(within(table).getAllByTitle(messages.usage.notCounted)).toHaveLength(FIGURE_COLUMNS.length);
  });

  it("says so on the phone's card instead of 0 staff and 0 orders", async () => {
    renderAt('/ops');
    const cards = await screen.findByRole('list', { name: en.tenants.title });
    const card = within(cards)
      .getAllByRole('link')
      .find((link) => link.textContent?.includes('Beta Garage'));
    expect(card?.textContent).toContain('Usage not counted yet');
    expect(card?.textContent).not.toMatch(/\b0 staff/);
  });

  it('says so on its page: figures and usage are not counted yet, not "no activity"', async () => {
    renderAt(`/ops/tenants/${FRESH.id}`);
    await screen.findByRole('heading', { name: /Beta Garage/ });
    const figures = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(figures(en.tenant.verified)).toBe(`—${en.usage.notCounted}`);
    expect(figures(en.tenants.columns.staff)).toBe(`—${en.usage.notCounted}`);
    expect(figures(en.tenant.totals)).toBe(`—${en.usage.notCounted}`);
    expect(figures(en.tenants.columns.storage)).toBe(`—${en.usage.notCounted}`);
    expect(figures(en.tenant.rolledUp)).toBe(`—${en.usage.notCounted}`);
    expect(screen.getByText(en.usage.notCountedHint)).toBeTruthy();
    expect(screen.queryByText(en.usage.none)).toBeNull();
  });
});
