'use strict';
// The people of the demo workshop. The owner signs the workshop up; the others are invited by
// e-mail and accept from the link in that mail, read from the local sink, as a new hire would.

/** Demo passwords are printed at startup: they open a local demo, nothing else. */
const OWNER = {
  name: 'Tomasz Wiśniewski',
  email: 'owner@demo.pitlane.local',
  password: 'demo-garage-wrench-2026',
  role: 'owner',
};

const STAFF = [
  {
    key: 'manager',
    name: 'Katarzyna Zielińska',
    email: 'manager@demo.pitlane.local',
    password: 'demo-manager-torque-2026',
    role: 'manager',
  },
  {
    key: 'marek',
    name: 'Marek Dąbrowski',
    email: 'mechanic@demo.pitlane.local',
    password: 'demo-mechanic-spanner-2026',
    role: 'mechanic',
  },
  {
    key: 'jesper',
    name: 'Jesper Kjærgaard',
    email: 'mechanic2@demo.pitlane.local',
    password: 'demo-mechanic-ratchet-2026',
    role: 'mechanic',
  },
];

/**
 * Invites and accepts every staff member who is not in the workshop yet. Without the local mail
 * sink (SMTP_HOST set) the invitation token is out of reach: staff is skipped, and the owner does
 * the mechanics' work in the demo.
 * @param {import('./api-client').DemoApi} api signed in as the owner
 * @param {import('./mail-inbox').MailInbox | null} inbox
 * @returns {Promise<{ created: number, members: Map<string, { userId: string, name: string, api?: import('./api-client').DemoApi }>, logins: object[] }>}
 */
async function ensureStaff(api, inbox, owner) {
  const present = new Map((await api.all('/staff')).map((member) => [member.email.toLowerCase(), member]));
  const members = new Map([['owner', { userId: owner.userId, name: owner.name, api }]]);
  const logins = [OWNER];
  let created = 0;
  for (const person of STAFF) {
    const member = present.get(person.email);
    if (member) {
      members.set(person.key, { userId: member.id, name: member.name, login: () => login(api, person) });
      logins.push(person);
      continue;
    }
    if (!inbox) continue;
    const since = Date.now();
    await api.post('/staff', { email: person.email, role: person.role, name: person.name });
    const token = await inbox.waitForToken({ to: person.email, page: '/accept-invitation', since });
    const session = await api.as(undefined).post('/auth/invitations/accept', {
      token,
      name: person.name,
      password: person.password,
    });
    members.set(person.key, { userId: session.user.id, name: person.name, api: api.as(session.accessToken) });
    logins.push(person);
    created += 1;
  }
  return { created, members, logins };
}

/** A staff member's own session, for what only they may do (their clock). */
async function login(api, person) {
  const session = await api.as(undefined).post('/auth/login', { email: person.email, password: person.password });
  return api.as(session.accessToken);
}

/** The member's own API session: the one from accepting the invitation, or one login shared by all who ask. */
function sessionOf(member) {
  member.session ??= member.api ? Promise.resolve(member.api) : member.login();
  return member.session;
}

module.exports = { OWNER, STAFF, ensureStaff, sessionOf };
