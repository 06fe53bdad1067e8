import { randomBytes } from 'node:crypto';
import { startMailStack, MailStack } from '../../../test/support/mail-stack';
import type { ReceivedMail } from '../../../test/support/smtp-sink';
import { Workshop } from '../../../test/support/test-api';

/** The mails a person gets about their own account, by language. */
const SUBJECTS = {
  reset: {
    en: /^Your password reset code for /,
    pl: /^Kod do zresetowania hasła – /,
    da: /^Din kode til nulstilling af adgangskoden hos /,
  },
  verification: { pl: /^Potwierdź swój adres e-mail – / },
  change: { da: /^Bekræft din nye e-mailadresse hos / },
};

/**
 * Mails addressed to a member of staff (codes, links, security notices) speak their own language
 * when they chose one on their profile, and the workshop's otherwise. Real API, worker and SMTP.
 */
describe('mails to a person follow their own language', () => {
  let stack: MailStack;
  let owner: Workshop;
  const consumed = new Set<ReceivedMail>();

  async function nextMail(address: string, subject: RegExp): Promise<ReceivedMail> {
    const mail = await stack.sink.waitFor((m) => m.to.includes(address) && subject.test(m.subject) && !consumed.has(m));
    consumed.add(mail);
    return mail;
  }

  const setLocale = async (locale: string | null) => {
    const response = await stack.api.request('PATCH', '/api/v1/me', { token: owner.accessToken, body: { locale } });
    expect(response.status).toBe(200);
  };

  const forgot = async () => {
    const response = await stack.api.request('POST', '/api/v1/auth/password/forgot', { body: { email: owner.email } });
    expect(response.status).toBe(202);
  };

  beforeAll(async () => {
    stack = await startMailStack();
    // An English-speaking workshop (GB): without a choice of their own, its people get English.
    owner = await stack.api.signupWorkshop('Language Garage', { country: 'GB' });
  });

  afterAll(() => stack.close());

  it('the password reset code comes in the workshop language until the person picks their own', async () => {
    await forgot();
    await nextMail(owner.email, SUBJECTS.reset.en);
    await setLocale('pl');
    await forgot();
    const polish = await nextMail(owner.email, SUBJECTS.reset.pl);
    expect(polish.text).toMatch(/\d{6}/);
  });

  it('a new verification link comes in their language', async () => {
    await setLocale('pl');
    const resent = await stack.api.request('POST', '/api/v1/me/email/verification', { token: owner.accessToken });
    expect(resent.status).toBe(202);
    await nextMail(owner.email, SUBJECTS.verification.pl);
  });

  it('the e-mail change link comes in their language', async () => {
    await setLocale('da');
    const newEmail = `moved-${randomBytes(4).toString('hex')}@example.test`;
    const requested = await stack.api.request('POST', '/api/v1/me/email', {
      token: owner.accessToken,
      body: { newEmail, password: owner.password },
    });
    expect(requested.status).toBe(202);
    await nextMail(newEmail, SUBJECTS.change.da);
  });

  it('locale null returns their mails to the workshop language', async () => {
    await setLocale(null);
    await forgot();
    await nextMail(owner.email, SUBJECTS.reset.en);
  });
});
