import { expect, test } from './support/fixtures';

// The fixtures every spec stands on, proved against the stack: a broken one would otherwise
// show up as a confusing failure in some feature's spec. No browser: once, on desktop.
test.skip(({ isMobile }) => isMobile, 'API and mail only: once is enough');

test('a workshop signs up, its owner verifies the mailed link and logs in again', async ({ api, mailbox }) => {
  const workshop = await api.signUpWorkshop({ verifyEmail: true });
  expect(workshop.slug).toMatch(/^e2e-garage-/);
  const mail = await mailbox.waitFor(workshop.owner.email, { withLink: '/verify-email' });
  expect(mail.link('/verify-email')).toMatch(new RegExp(`^${api.baseUrl}/verify-email#token=`));
  const session = await api.login(workshop.owner);
  expect(session).toMatchObject({ role: 'owner', workshop: { id: workshop.id } });
  const me = await api.request<{ user: { emailVerified: boolean } }>('GET', '/me', { token: session });
  expect(me.user.emailVerified).toBe(true);
});

test('an owner adds a mechanic by invitation, who then logs in as a mechanic', async ({ api, workshop }) => {
  const mechanic = await api.addStaff(workshop.owner.session, { role: 'mechanic' });
  const session = await api.login(mechanic);
  expect(session).toMatchObject({ role: 'mechanic', workshop: { id: workshop.id }, user: { email: mechanic.email } });
});

test('a client and a vehicle, with or without a new client, belong to the workshop only', async ({ api, workshop }) => {
  const token = workshop.owner.session;
  const client = await api.createClient(token, { firstName: 'Łukasz' });
  const vehicle = await api.createVehicle(token, { clientId: client.id, plate: 'WA 12345' });
  const another = await api.createVehicle(token);
  expect(vehicle).toMatchObject({ clientId: client.id, plate: 'WA 12345' });
  expect(another.clientId).not.toBe(client.id);
  const stranger = await api.signUpWorkshop();
  await api.request('GET', `/vehicles/${vehicle.id}`, { token: stranger.owner.session, expect: 404 });
});

test('two-step verification: the otpauth URL makes the codes the API accepts', async ({ api, workshop }) => {
  const { otpauthUrl, recoveryCodes } = await api.enableMfa(workshop.owner.session);
  expect(recoveryCodes.length).toBeGreaterThan(0);
  // The code that enabled it is spent: the next step's code, one step ahead, is accepted.
  const session = await api.loginWithCode(workshop.owner, otpauthUrl, Date.now() + 30_000);
  expect(session.role).toBe('owner');
});
