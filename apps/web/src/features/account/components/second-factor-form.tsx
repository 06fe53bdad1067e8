import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/ui/button';
import { TextField } from '@/ui/text-field';
import { isCompleteCode, normaliseRecoveryCode } from '../utils/one-time-code';
import { fieldMessage } from '../utils/server-field-errors';
import { OneTimeCodeField } from './one-time-code-field';

export type SecondFactorMethod = 'app' | 'recovery';

const SCHEMAS = {
  app: z.object({ code: z.string().refine(isCompleteCode, { error: 'mfa.codeInvalid' }) }),
  recovery: z.object({ code: z.string().trim().min(8, { error: 'mfa.recoveryInvalid' }) }),
};

/** One code, from the app or a recovery code. A complete 6-digit code sends itself, once. */
export function SecondFactorForm({
  method,
  busy,
  onCode,
}: {
  readonly method: SecondFactorMethod;
  readonly busy: boolean;
  readonly onCode: (code: string) => void;
}) {
  const { t } = useTranslation('account');
  const form = useForm<{ code: string }>({ resolver: zodResolver(SCHEMAS[method]), defaultValues: { code: '' } });
  const sent = useRef<string | undefined>(undefined);
  const submit = form.handleSubmit(({ code }) => {
    sent.current = code;
    onCode(code);
  });
  const code = form.watch('code');
  useEffect(() => {
    if (method === 'app' && isCompleteCode(code) && code !== sent.current && !busy) void submit();
  }, [busy, code, method, submit]);

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
      <Controller
        control={form.control}
        name="code"
        render={({ field, fieldState }) =>
          method === 'app' ? (
            <OneTimeCodeField
              ref={field.ref}
              name={field.name}
              label={t('mfa.codeLabel')}
              hint={t('mfa.codeHint')}
              value={field.value}
              onValue={field.onChange}
              error={fieldMessage(t, fieldState.error)}
              autoFocus
            />
          ) : (
            <TextField
              ref={field.ref}
              name={field.name}
              label={t('mfa.recoveryLabel')}
              hint={t('mfa.recoveryHint')}
              value={field.value}
              onChange={(event) => field.onChange(normaliseRecoveryCode(event.target.value))}
              onBlur={field.onBlur}
              error={fieldMessage(t, fieldState.error)}
              autoComplete="off"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              autoFocus
            />
          )
        }
      />
      <Button type="submit" size="lg" busy={busy}>
        {t('mfa.submit')}
      </Button>
    </form>
  );
}
