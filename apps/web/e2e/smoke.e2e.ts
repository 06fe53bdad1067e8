import { expect, test } from './support/fixtures';
import { openPage } from './support/navigation';

test.describe('the landing page at /', () => {
  test('says what Pitlane is and where to start, with no serious accessibility finding', async ({
    page,
    axe,
    shots,
  }) => {
    await openPage(page, '/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Create your workshop' })).toHaveAttribute(
      'href',
      '/signup',
    );
    await expect(
      page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' }),
    ).toHaveAttribute('href', '/login');
    await axe.check();
    const files = await shots.take('landing');
    expect(files).toHaveLength(2);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('is whole: heading, text and both ways in', async ({ page }) => {
      await openPage(page, '/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('main').getByRole('paragraph').first()).toBeVisible();
      await expect(page.getByRole('link', { name: 'Create your workshop' })).toBeVisible();
      await expect(
        page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' }),
      ).toBeVisible();
    });
  });
});

test('an unknown API path answers a problem+json 404, not the web app', async ({ request, isMobile }) => {
  test.skip(isMobile, 'no browser involved: once is enough');
  const response = await request.get('/api/v1/nope');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toMatch(/^application\/problem\+json/);
  expect(await response.json()).toMatchObject({ status: 404, title: expect.any(String) });
});
