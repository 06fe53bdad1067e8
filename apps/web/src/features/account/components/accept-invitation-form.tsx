import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { problemCode } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Button, buttonClasses } from '@/ui/button';
import { TextField } from '@/ui/text-field';
import { acceptInvitation } from '../api/invitation';
import type { SignInOutcome } from '../api/sign-in';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../utils/password-strength';
import { hasFieldErrors, problemSentence } from '../utils/problem-sentence';
import { applyServerFieldErrors, fieldMessage } from '../utils/server-field-errors';
import { AccountKindChoice, type AccountKind } from './account-kind-choice';
import { AccountPage } from './account-page';
import { NewPasswordField } from './new-password-field';
import { PasswordField } from './password-field';

interface Values {
  name: string;
  password: string;
}

const SCHEMAS = {
  new: z.object({
    name: z.string().trim().min(1, { error: 'errors.yourName' }).max(120, { error: 'errors.tooLong' }),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, { error: 'password.refused.short' })
      .max(MAX_PASSWORD_LENGTH, { error: 'password.refused.long' }),
  }),
  existing: z.object({ name: z.string(), password: z.string().min(1, { error: 'errors.passwordRequired' }) }),
};
const RESOLVERS: Record<AccountKind, Resolver<Values>> = {
  new: zodResolver(SCHEMAS.new),
  existing: zodResolver(SCHEMAS.existing),
};

const API_FIELDS = { name: 'name', password: 'password' } as const;

/**
 * Joining from the invitation: as a new person, a name and a new password; with the account
 * the invited address already has, its password. A new person whose address turns out to have
 * an account is moved to the second form, with a sentence saying why.
 */
export function AcceptInvitationForm({
  token,
  onOutcome,
}: {
  readonly token: string;
  readonly onOutcome: (outcome: SignInOutcome) => Promise<void>;
}) {
  const { t, i18n } = useTranslation('account');
  const [kind, setKindState] = useState<AccountKind>('new');
  const [accountExists, setAccountExists] = useState(false);
  const kindRef = useRef(kind);
  const form = useForm<Values>({
    resolver: (values, context, options) => RESOLVERS[kindRef.current](values, context, options),
    defaultValues: { name: '', password: '' },
  });
  const accept = useMutation({
    // An existing account keeps its own name; the API still asks for one, for a new account.
    mutationFn: (values: Values) =>
      acceptInvitation({ token, password: values.password, name: values.name.trim() || t('invite.unnamed') }),
    onMutate: () => setAccountExists(false),
    onSuccess: onOutcome,
    onError: (error) => {
      if (kindRef.current === 'new' && problemCode(error) === 'invalid-credentials') {
        setAccountExists(true);
        switchKind('existing');
      } else {
        applyServerFieldErrors(error, form.setError, API_FIELDS, t);
      }
    },
  });

  function switchKind(next: AccountKind) {
    kindRef.current = next;
    setKindState(next);
    form.clearErrors();
    form.resetField('password');
  }

  function chooseKind(next: AccountKind) {
    switchKind(next);
    setAccountExists(false);
    accept.reset();
  }

  if (problemCode(accept.error) === 'invalid-invitation') {
    return (
      <AccountPage title={t('invite.deadTitle')} lede={t('invite.deadLede')} focusHeading>
        <Link to="/login" className={buttonClasses('primary', 'lg')}>
          {t('common.signIn')}
        </Link>
      </AccountPage>
    );
  }
  const movedHere = accountExists && kind === 'existing';
  const failed =
    accept.error && !hasFieldErrors(accept.error) && !movedHere
      ? problemSentence(accept.error, t, i18n.language, {
          'invalid-credentials': 'invite.wrongPassword',
          'email-taken': 'invite.emailTaken',
        })
      : undefined;
  const { errors } = form.formState;
  return (
    <AccountPage title={t('invite.title')} lede={t('invite.lede')}>
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit((values) => accept.mutate(values))(event)}
        className="flex flex-col gap-4"
      >
        <AccountKindChoice value={kind} onChange={chooseKind} />
        {movedHere ? <Alert tone="info">{t('invite.haveAccount')}</Alert> : null}
        {failed ? <Alert tone="danger">{failed}</Alert> : null}
        {kind === 'new' ? (
          <>
            <TextField
              label={t('fields.yourName')}
              autoComplete="name"
              error={fieldMessage(t, errors.name)}
              {...form.register('name')}
            />
            <Controller
              key="new-password"
              control={form.control}
              name="password"
              render={({ field, fieldState }) => (
                <NewPasswordField
                  label={t('fields.password')}
                  personalWords={[form.getValues('name')]}
                  error={fieldMessage(t, fieldState.error)}
                  {...field}
                />
              )}
            />
          </>
        ) : (
          <PasswordField
            key="current-password"
            label={t('fields.password')}
            autoComplete="current-password"
            autoFocus={accountExists}
            error={fieldMessage(t, errors.password)}
            {...form.register('password')}
          />
        )}
        <Button type="submit" size="lg" busy={accept.isPending || accept.isSuccess}>
          {t('invite.submit')}
        </Button>
        {kind === 'existing' ? (
          <Link to="/forgot-password" className="text-center text-sm font-medium underline underline-offset-4">
            {t('login.forgot')}
          </Link>
        ) : null}
      </form>
    </AccountPage>
  );
}
