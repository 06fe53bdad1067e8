import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { asProblem } from '@/lib/api/problem';
import type { SignedOutReason } from '@/lib/session/session-store';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { signIn, type SignInOutcome } from '../api/sign-in';
import { problemSentence } from '../utils/problem-sentence';
import { fieldMessage } from '../utils/server-field-errors';
import { signedOutNotice } from '../utils/signed-out-reason';
import { AccountPage } from './account-page';
import { EmailField } from './email-field';
import { PasswordField } from './password-field';

const schema = z.object({
  email: z
    .string()
    .trim()
    .pipe(z.email({ error: 'errors.email' })),
  password: z.string().min(1, { error: 'errors.passwordRequired' }),
});
type Values = z.infer<typeof schema>;

/** The first step: who signs in. Wrong credentials and rate limits are said in place. */
export function LoginForm({
  reason,
  defaultEmail,
  onOutcome,
}: {
  readonly reason: SignedOutReason | undefined;
  readonly defaultEmail: string;
  readonly onOutcome: (outcome: SignInOutcome, email: string) => Promise<void>;
}) {
  const { t, i18n } = useTranslation('account');
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: defaultEmail, password: '' } });
  const login = useMutation({
    mutationFn: signIn,
    onSuccess: (outcome, values) => onOutcome(outcome, values.email),
    onError: (error) => {
      if (asProblem(error)?.status !== 401) return;
      // Wrong password: the address stays, the password goes, and the cursor is back in it.
      form.resetField('password');
      form.setFocus('password');
    },
  });
  const notice = signedOutNotice(reason);
  const failed = login.error
    ? problemSentence(login.error, t, i18n.language, { 'invalid-credentials': 'login.wrongCredentials' })
    : undefined;
  const { errors } = form.formState;
  return (
    <AccountPage
      title={t('login.title')}
      lede={t('login.lede')}
      footer={
        <>
          {t('login.newHere')}{' '}
          <Link to="/signup" className="font-semibold text-ink underline underline-offset-4">
            {t('login.signUp')}
          </Link>
        </>
      }
    >
      {notice && !login.error ? <Alert tone={notice.tone}>{t(notice.messageKey)}</Alert> : null}
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit((values) => login.mutate(values))(event)}
        className="flex flex-col gap-4"
      >
        {failed ? <Alert tone="danger">{failed}</Alert> : null}
        <EmailField autoFocus={!defaultEmail} error={fieldMessage(t, errors.email)} {...form.register('email')} />
        <PasswordField
          label={t('fields.password')}
          autoComplete="current-password"
          autoFocus={Boolean(defaultEmail)}
          error={fieldMessage(t, errors.password)}
          {...form.register('password')}
        />
        <div className="-mt-1 text-right text-sm">
          <Link to="/forgot-password" className="font-medium text-ink underline underline-offset-4">
            {t('login.forgot')}
          </Link>
        </div>
        <Button type="submit" size="lg" busy={login.isPending || login.isSuccess}>
          {t('login.submit')}
        </Button>
      </form>
    </AccountPage>
  );
}
