import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { requestResetCode } from '../api/password-reset';
import { problemSentence } from '../utils/problem-sentence';
import { fieldMessage } from '../utils/server-field-errors';
import { AccountPage } from './account-page';
import { EmailField } from './email-field';

const schema = z.object({
  email: z
    .string()
    .trim()
    .pipe(z.email({ error: 'errors.email' })),
});

/** The address to send a reset code to; the answer is the same whether it has an account. */
export function ResetCodeRequestForm({ onSent }: { readonly onSent: (email: string) => void }) {
  const { t, i18n } = useTranslation('account');
  const form = useForm<{ email: string }>({ resolver: zodResolver(schema), defaultValues: { email: '' } });
  const request = useMutation({
    mutationFn: ({ email }: { email: string }) => requestResetCode(email),
    onSuccess: (_, { email }) => onSent(email),
  });
  return (
    <AccountPage
      title={t('reset.title')}
      lede={t('reset.lede')}
      footer={
        <Link to="/login" className="font-semibold text-ink underline underline-offset-4">
          {t('reset.backToSignIn')}
        </Link>
      }
    >
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit((values) => request.mutate(values))(event)}
        className="flex flex-col gap-4"
      >
        {request.error ? <Alert tone="danger">{problemSentence(request.error, t, i18n.language)}</Alert> : null}
        <EmailField autoFocus error={fieldMessage(t, form.formState.errors.email)} {...form.register('email')} />
        <Button type="submit" size="lg" busy={request.isPending}>
          {t('reset.sendCode')}
        </Button>
      </form>
    </AccountPage>
  );
}
