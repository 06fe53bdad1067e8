import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { ShieldCheck } from 'lucide-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { asProblem, unwrap } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { TextField } from '@/ui/text-field';
import { opsApi } from '../api/ops-client';
import { operatorSession, type OperatorSignedOutReason } from '../api/operator-session';

const schema = z.object({
  email: z
    .string()
    .trim()
    .pipe(z.email({ error: 'signIn.errors.email' })),
  password: z.string().min(1, { error: 'signIn.errors.password' }),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'signIn.errors.code' }),
});
type Values = z.infer<typeof schema>;

/** Operators sign in with their e-mail address, password and the authenticator's current code. */
export function OpsSignIn({ reason }: { readonly reason?: OperatorSignedOutReason }) {
  const { t } = useTranslation('operator-console');
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '', code: '' } });
  const login = useMutation({
    mutationFn: (values: Values) => unwrap(opsApi.POST('/api/v1/ops/auth/login', { body: values })),
    onSuccess: (result) => operatorSession.signIn(result.accessToken),
    onError: () => {
      form.resetField('password');
      form.resetField('code');
      form.setFocus('password');
    },
  });
  const status = asProblem(login.error)?.status;
  const failed = login.error
    ? t(status === 401 ? 'signIn.refused' : status === 429 ? 'signIn.tooMany' : 'signIn.failed')
    : undefined;
  const { errors } = form.formState;
  const message = (key: string | undefined) => (key ? t(key) : undefined);
  return (
    <main className="flex min-h-dvh items-center justify-center bg-canvas p-4 text-ink">
      <div className="w-full max-w-sm rounded-2xl border border-line bg-surface p-6 shadow-sm">
        <div className="mb-5 flex items-center gap-2">
          <ShieldCheck aria-hidden="true" className="size-6 text-brand" />
          <h1 className="text-xl font-bold">{t('signIn.title')}</h1>
        </div>
        <p className="mb-4 text-sm text-ink-muted">{t('signIn.lede')}</p>
        {reason === 'expired' && !login.error ? (
          <Alert tone="warning" className="mb-4">
            {t('signIn.expired')}
          </Alert>
        ) : null}
        <form
          noValidate
          onSubmit={(event) => void form.handleSubmit((values) => login.mutate(values))(event)}
          className="flex flex-col gap-4"
        >
          {failed ? <Alert tone="danger">{failed}</Alert> : null}
          <TextField
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            autoFocus
            error={message(errors.email?.message)}
            {...form.register('email')}
          />
          <TextField
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            error={message(errors.password?.message)}
            {...form.register('password')}
          />
          <TextField
            label={t('signIn.code')}
            hint={t('signIn.codeHint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            error={message(errors.code?.message)}
            {...form.register('code')}
          />
          <Button type="submit" size="lg" busy={login.isPending}>
            {t('signIn.submit')}
          </Button>
        </form>
      </div>
    </main>
  );
}
