'use strict';
// The demo workshop itself: signed up by its owner the first time (and the owner's address
// verified from the mailed link), logged into on every start after that.
const { OWNER } = require('./staff');

const WORKSHOP = {
  workshopName: 'Pitlane Demo Garage',
  timezone: 'Europe/Warsaw',
  country: 'PL',
};

/**
 * @param {import('./api-client').DemoApi} api not signed in
 * @param {import('./mail-inbox').MailInbox | null} inbox
 * @returns {Promise<{ api: import('./api-client').DemoApi, owner: { userId: string, name: string }, signedUp: boolean }>}
 */
async function ensureWorkshop(api, inbox) {
  const since = Date.now();
  let session;
  let signedUp = false;
  try {
    session = await api.post('/auth/login', { email: OWNER.email, password: OWNER.password });
  } catch (error) {
    if (error.status !== 401) throw error;
    session = await api.post('/auth/signup', {
      ...WORKSHOP,
      email: OWNER.email,
      password: OWNER.password,
      ownerName: OWNER.name,
    });
    signedUp = true;
  }
  const owner = api.as(session.accessToken);
  if (inbox) await verifyOwnerAddress(owner, inbox, signedUp ? since : null);
  return { api: owner, owner: { userId: session.user.id, name: session.user.name }, signedUp };
}

/** Follows the verification link, as the owner would; asks for a new one when the signup's is not at hand. */
async function verifyOwnerAddress(owner, inbox, signupMailedSince) {
  const me = await owner.get('/me');
  if (me.user.emailVerified) return;
  let since = signupMailedSince;
  if (since === null) {
    since = Date.now();
    await owner.post('/me/email/verification');
  }
  const token = await inbox.waitForToken({ to: OWNER.email, page: '/verify-email', since });
  await owner.as(undefined).post('/auth/email/verify', { token });
}

module.exports = { WORKSHOP, ensureWorkshop };
