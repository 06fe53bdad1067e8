import type { WorkshopProfile as Profile } from '@pitlane/identity';
import { TestApi, TestResponse, Workshop } from '../../../test/support/test-api';
import { signupStaffedWorkshop, STAFF_ROLES, StaffRole } from '../../../test/support/workshop-staff';

interface Problem {
  readonly type: string;
  readonly status: number;
  readonly errors?: { field: string; message: string }[];
}

interface Me {
  readonly user: { id: string; name: string; locale: string | null };
  readonly workshop: { locale: string; timeZone: string };
}

interface AuditPage {
  readonly items: {
    action: string;
    entityType: string;
    entityId: string;
    changedFields: string[];
    actorUserId: string;
  }[];
}

const PROFILE = '/api/v1/settings/workshop';

describe('the workshop profile', () => {
  let api: TestApi;
  let staff: Record<StaffRole, Workshop>;

  const read = (who: Workshop) => api.request<Profile>('GET', PROFILE, { token: who.accessToken });
  const change = <T = Profile>(who: Workshop, body: unknown): Promise<TestResponse<T>> =>
    api.request<T>('PATCH', PROFILE, { token: who.accessToken, body });
  const auditOf = async (workshop: Workshop) =>
    (
      await api.request<AuditPage>('GET', `/api/v1/audit-events?entityId=${workshop.tenantId}&limit=100`, {
        token: staff.owner.accessToken,
      })
    ).body.items.filter((event) => event.action === 'workshop.profile_updated');

  beforeAll(async () => {
    api = await TestApi.start();
    staff = await signupStaffedWorkshop(api, 'Profile Garage', { country: 'PL' });
  });

  afterAll(() => api.close());

  it.each(STAFF_ROLES)('the %s reads it: the signup values and an empty address', async (role) => {
    const response = await read(staff[role]);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: staff.owner.tenantId,
      name: expect.stringMatching(/^Profile Garage /),
      slug: staff.owner.slug,
      street: null,
      postalCode: null,
      city: null,
      country: 'PL',
      phone: null,
      publicEmail: null,
      locale: 'pl',
      timeZone: 'Europe/Warsaw',
      currency: 'PLN',
    });
  });

  it('the owner changes it; the answer and every later read show the change, and the slug stays', async () => {
    const body = {
      name: 'Kowalski Auto Serwis',
      street: 'ul. Długa 5',
      postalCode: '00-238',
      city: 'Warszawa',
      country: 'pl',
      phone: '+48 22 123-45-67',
      publicEmail: 'biuro@kowalski-auto.example',
      locale: 'en',
      timeZone: 'Europe/Warsaw',
    };
    const changed = await change(staff.owner, body);
    expect(changed.status).toBe(200);
    const expected = {
      ...body,
      country: 'PL',
      id: staff.owner.tenantId,
      slug: staff.owner.slug,
      currency: 'PLN',
    };
    expect(changed.body).toEqual(expected);
    expect((await read(staff.mechanic)).body).toEqual(expected);
    const me = await api.request<Me & { workshop: { name: string; slug: string } }>('GET', '/api/v1/me', {
      token: staff.manager.accessToken,
    });
    expect(me.body.workshop).toMatchObject({ name: 'Kowalski Auto Serwis', slug: staff.owner.slug, locale: 'en' });
  });

  it('a rename keeps the booking link: the public page still answers at the signup slug', async () => {
    expect((await change(staff.owner, { name: 'A Completely New Name' })).body.slug).toBe(staff.owner.slug);
    const page = await api.request('GET', `/api/v1/public/workshops/${staff.owner.slug}`);
    expect(page.status).toBe(200);
  });

  it('an empty string or null clears an optional field; absent fields stay', async () => {
    await change(staff.owner, { street: 'Main Street 1', city: 'Kraków', phone: '+48 600 100 200' });
    const cleared = await change(staff.owner, { street: '', phone: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ street: null, phone: null, city: 'Kraków' });
  });

  it('a time zone is stored by its canonical IANA name', async () => {
    const changed = await change(staff.owner, { timeZone: 'europe/copenhagen' });
    expect(changed.status).toBe(200);
    expect(changed.body.timeZone).toBe('Europe/Copenhagen');
    await change(staff.owner, { timeZone: 'Europe/Warsaw' });
  });

  it.each<StaffRole>(['manager', 'mechanic'])('a %s may not change it: 403, and nothing changes', async (role) => {
    const before = await read(staff.owner);
    const refused = await change<Problem>(staff[role], { name: 'Taken Over', timeZone: 'Asia/Tokyo' });
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await read(staff.owner)).body).toEqual(before.body);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['a UTC offset for a time zone', { timeZone: '+01:00' }, 'timeZone'],
    ['a time zone that is not a string', { timeZone: 1 }, 'timeZone'],
    ['an unknown country', { country: 'XX' }, 'country'],
    ['a country name for a code', { country: 'Poland' }, 'country'],
    ['an empty name', { name: '' }, 'name'],
    ['a blank name', { name: '   ' }, 'name'],
    ['a null name', { name: null }, 'name'],
    ['a name of 121 characters', { name: 'x'.repeat(121) }, 'name'],
    ['a street of 201 characters', { street: 'x'.repeat(201) }, 'street'],
    ['a postal code of 21 characters', { postalCode: '1'.repeat(21) }, 'postalCode'],
    ['a city of 101 characters', { city: 'x'.repeat(101) }, 'city'],
    ['a phone with letters', { phone: 'call me maybe' }, 'phone'],
    ['a phone of five digits', { phone: '12345' }, 'phone'],
    ['a public e-mail that is not one', { publicEmail: 'biuro at kowalski' }, 'publicEmail'],
    ['a language Pitlane does not speak', { locale: 'de' }, 'locale'],
    ['a null language', { locale: null }, 'locale'],
    ['the slug (never follows the name)', { slug: 'another-slug' }, 'slug'],
    ['the currency (fixed at signup)', { currency: 'EUR' }, 'currency'],
  ])('%s is refused with 400 naming the field, and nothing changes', async (_, body, field) => {
    const before = await read(staff.owner);
    const refused = await change<Problem>(staff.owner, { name: 'Should Not Stick', ...body });
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.errors?.map((error) => error.field)).toContain(field);
    expect((await read(staff.owner)).body).toEqual(before.body);
  });

  it('the audit trail names who changed which fields, never their values; a save without changes adds nothing', async () => {
    const before = await auditOf(staff.owner);
    const current = (await read(staff.owner)).body;
    await change(staff.owner, { name: 'Audited Garage', city: 'Gdańsk', locale: current.locale });
    const after = await auditOf(staff.owner);
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toMatchObject({
      action: 'workshop.profile_updated',
      entityType: 'workshop',
      entityId: staff.owner.tenantId,
      actorUserId: staff.owner.userId,
      changedFields: ['city', 'name'],
    });
    expect(JSON.stringify(after[0])).not.toContain('Gdańsk');

    await change(staff.owner, { name: 'Audited Garage', city: 'Gdańsk' });
    expect(await auditOf(staff.owner)).toHaveLength(after.length);
  });

  it('the schedule runs in the workshop zone: changing it on the profile moves the schedule and the public page', async () => {
    const changed = await change(staff.owner, { timeZone: 'Europe/Copenhagen' });
    expect(changed.status).toBe(200);
    const schedule = await api.request<{ timeZone: string }>('GET', '/api/v1/settings/schedule', {
      token: staff.mechanic.accessToken,
    });
    expect(schedule.body.timeZone).toBe('Europe/Copenhagen');
    const me = await api.request<Me>('GET', '/api/v1/me', { token: staff.mechanic.accessToken });
    expect(me.body.workshop.timeZone).toBe('Europe/Copenhagen');
    const page = await api.request<{ timeZone: string }>('GET', `/api/v1/public/workshops/${staff.owner.slug}`);
    expect(page.body.timeZone).toBe('Europe/Copenhagen');
    await change(staff.owner, { timeZone: 'Europe/Warsaw' });
    const back = await api.request<{ timeZone: string }>('GET', '/api/v1/settings/schedule', {
      token: staff.owner.accessToken,
    });
    expect(back.body.timeZone).toBe('Europe/Warsaw');
  });
});

describe('the personal profile (PATCH /me)', () => {
  let api: TestApi;
  let owner: Workshop;
  let mechanic: Workshop;

  const me = (who: Workshop) => api.request<Me>('GET', '/api/v1/me', { token: who.accessToken });
  const change = <T = Me>(who: Workshop, body: unknown) =>
    api.request<T>('PATCH', '/api/v1/me', { token: who.accessToken, body });

  beforeAll(async () => {
    api = await TestApi.start();
    owner = await api.signupWorkshop('Personal Garage', { country: 'PL' });
    mechanic = await api.addStaff(owner, 'mechanic');
  });

  afterAll(() => api.close());

  it('a new person follows the workshop language (locale null)', async () => {
    expect((await me(mechanic)).body.user.locale).toBeNull();
  });

  it('any member changes their own name and language; GET /me shows them, the workshop keeps its language', async () => {
    const changed = await change(mechanic, { name: '  Søren Mekaniker ', locale: 'da' });
    expect(changed.status).toBe(200);
    expect(changed.body.user).toMatchObject({ id: mechanic.userId, name: 'Søren Mekaniker', locale: 'da' });
    const read = await me(mechanic);
    expect(read.body.user).toMatchObject({ name: 'Søren Mekaniker', locale: 'da' });
    expect(read.body.workshop.locale).toBe('pl');
    // The owner's own account is untouched.
    expect((await me(owner)).body.user).toMatchObject({ name: 'Olga Owner', locale: null });
  });

  it('locale null returns to the workshop default; an absent locale stays', async () => {
    await change(mechanic, { locale: 'en' });
    expect((await change(mechanic, { name: 'Søren' })).body.user.locale).toBe('en');
    const reset = await change(mechanic, { locale: null });
    expect(reset.status).toBe(200);
    expect(reset.body.user.locale).toBeNull();
    expect((await me(mechanic)).body.user.locale).toBeNull();
  });

  it('the change is in the audit trail of the workshop it was made in, by field name', async () => {
    await change(mechanic, { name: 'Audited Mechanic' });
    const page = await api.request<AuditPage>('GET', `/api/v1/audit-events?entityId=${mechanic.userId}`, {
      token: owner.accessToken,
    });
    expect(page.body.items[0]).toMatchObject({
      action: 'user.profile_updated',
      entityType: 'user',
      entityId: mechanic.userId,
      actorUserId: mechanic.userId,
      changedFields: ['name'],
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an empty name', { name: '' }, 'name'],
    ['a blank name', { name: '  ' }, 'name'],
    ['a null name', { name: null }, 'name'],
    ['a name of 121 characters', { name: 'x'.repeat(121) }, 'name'],
    ['a language Pitlane does not speak', { locale: 'de' }, 'locale'],
    ['the e-mail (changed by confirmation only)', { email: 'other@example.test' }, 'email'],
    ['a role', { role: 'owner' }, 'role'],
  ])('%s is refused with 400 naming the field, and nothing changes', async (_, body, field) => {
    const before = await me(mechanic);
    const refused = await change<Problem>(mechanic, body);
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.errors?.map((error) => error.field)).toContain(field);
    expect((await me(mechanic)).body).toEqual(before.body);
  });
});
