import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { requestResetCode, resetPassword } from '../api/password-reset';
import { isCompleteCode } from '../utils/one-time-code';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../utils/password-strength';
import { hasFieldErrors, problemSentence } from '../utils/problem-sentence';
import { applyServerFieldErrors, fieldMessage } from '../utils/server-field-errors';
import { AccountPage } from './account-page';
import { NewPasswordField } from './new-password-field';
import { FormCodeField } from './form-code-field';

const schema = z.object({
  code: z.string().refine(isCompleteCode, { error: 'reset.codeInvalid' }),
  newPassword: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: 'password.refused.short' })
    .max(MAX_PASSWORD_LENGTH, { error: 'password.refused.long' }),
});
type Values = z.infer<typeof schema>;

/** The policy names its field `password`; this form's is `newPassword`. */
const API_FIELDS = { password: 'newPassword', newPassword: 'newPassword', code: 'code' } as const;

/** The mailed code and the new password; a wrong code is said plainly, with a new one a tap away. */
export function ResetPasswordForm({
  email,
  onDone,
  onOtherAddress,
}: {
  readonly email: string;
  readonly onDone: () => void;
  readonly onOtherAddress: () => void;
}) {
  const { t, i18n } = useTranslation('account');
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { code: '', newPassword: '' } });
  const reset = useMutation({
    mutationFn: (values: Values) => resetPassword({ email, ...values }),
    onSuccess: onDone,
    onError: (error) => applyServerFieldErrors(error, form.setError, API_FIELDS, t),
  });
  const resend = useMutation({
    mutationFn: () => requestResetCode(email),
    onSuccess: () => {
      reset.reset();
      form.resetField('code');
      form.setFocus('code');
    },
  });
  const failed =
    reset.error && !hasFieldErrors(reset.error)
      ? problemSentence(reset.error, t, i18n.language, { 'invalid-reset-code': 'reset.codeRefused' })
      : undefined;
  return (
    <AccountPage
      title={t('reset.codeTitle')}
      lede={t('reset.codeLede', { email })}
      focusHeading
      footer={
        <button type="button" onClick={onOtherAddress} className="font-semibold text-ink underline underline-offset-4">
          {t('reset.otherAddress')}
        </button>
      }
    >
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit((values) => reset.mutate(values))(event)}
        className="flex flex-col gap-4"
      >
        {failed ? <Alert tone="danger">{failed}</Alert> : null}
        {resend.isSuccess && !reset.error ? <Alert tone="success">{t('reset.codeResent')}</Alert> : null}
        {resend.error ? <Alert tone="danger">{problemSentence(resend.error, t, i18n.language)}</Alert> : null}
        {/* For password managers: the account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <FormCodeField
          control={form.control}
          name="code"
          label={t('reset.codeLabel')}
          hint={t('reset.codeHint')}
          autoFocus
        />
        <Controller
          control={form.control}
          name="newPassword"
          render={({ field, fieldState }) => (
            <NewPasswordField
              label={t('fields.newPassword')}
              personalWords={[email]}
              error={fieldMessage(t, fieldState.error)}
              {...field}
            />
          )}
        />
        <Button type="submit" size="lg" busy={reset.isPending}>
          {t('reset.submit')}
        </Button>
        <Button variant="ghost" busy={resend.isPending} onClick={() => resend.mutate()}>
          {t('reset.resend')}
        </Button>
      </form>
    </AccountPage>
  );
}
