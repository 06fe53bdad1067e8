import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { problemCode } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Spinner } from '@/ui/spinner';
import { enableMfa, mfaSetupQuery, secretOf } from '../api/mfa-enrolment';
import { isCompleteCode } from '../utils/one-time-code';
import { problemSentence } from '../utils/problem-sentence';
import { AccountPage } from './account-page';
import { CopyButton } from './copy-button';
import { FormCodeField } from './form-code-field';

const schema = z.object({ code: z.string().refine(isCompleteCode, { error: 'mfa.codeInvalid' }) });

/** Scan the QR code (or type the key), then prove it with the first code the app shows. */
export function MfaSetupStep({
  required,
  onEnabled,
  secondaryAction,
}: {
  readonly required: boolean;
  readonly onEnabled: (recoveryCodes: readonly string[]) => void;
  readonly secondaryAction?: ReactNode;
}) {
  const { t, i18n } = useTranslation('account');
  const setup = useQuery(mfaSetupQuery);
  const form = useForm<{ code: string }>({ resolver: zodResolver(schema), defaultValues: { code: '' } });
  const enable = useMutation({
    mutationFn: ({ code }: { code: string }) => enableMfa(code),
    onSuccess: onEnabled,
    onError: (error) => {
      if (problemCode(error) === 'invalid-mfa-code') {
        form.setError('code', { type: 'server', message: t('enrol.codeRefused') }, { shouldFocus: true });
      } else if (problemCode(error) === 'mfa-setup-missing') {
        // The secret was replaced meanwhile (another tab): show the new one.
        void setup.refetch();
      }
    },
  });
  const title = required ? t('enrol.requiredTitle') : t('enrol.title');
  const lede = required ? t('enrol.requiredLede') : t('enrol.lede');

  if (setup.isPending) {
    return (
      <AccountPage title={title} lede={lede}>
        <div role="status" className="grid place-items-center py-8 text-brand">
          <Spinner />
          <span className="sr-only">{t('common.loading')}</span>
        </div>
      </AccountPage>
    );
  }
  if (setup.error) {
    if (problemCode(setup.error) === 'mfa-already-enabled') {
      return (
        <AccountPage title={t('enrol.alreadyTitle')} lede={t('enrol.alreadyLede')}>
          {secondaryAction}
        </AccountPage>
      );
    }
    return (
      <AccountPage title={title}>
        <Alert tone="danger">{problemSentence(setup.error, t, i18n.language)}</Alert>
        <Button size="lg" onClick={() => void setup.refetch()}>
          {t('common.tryAgain')}
        </Button>
        {secondaryAction}
      </AccountPage>
    );
  }
  const secret = secretOf(setup.data.otpauthUrl) ?? '';
  const grouped = secret.match(/.{1,4}/g)?.join(' ') ?? secret;
  const failed =
    enable.error && problemCode(enable.error) !== 'invalid-mfa-code'
      ? problemSentence(enable.error, t, i18n.language, { 'mfa-setup-missing': 'enrol.setupReplaced' })
      : undefined;
  return (
    <AccountPage title={title} lede={lede}>
      <ol className="flex flex-col gap-5">
        <li className="flex flex-col gap-3">
          <p>
            <span className="font-semibold">{t('enrol.step1')}</span> {t('enrol.scan')}
          </p>
          <img
            src={setup.data.qrCodeDataUrl}
            alt={t('enrol.qrAlt')}
            width={192}
            height={192}
            className="size-48 self-center rounded-lg border border-line bg-white p-2"
          />
          <details className="rounded-lg border border-line p-3 text-sm">
            <summary className="cursor-pointer font-medium">{t('enrol.cantScan')}</summary>
            <div className="mt-3 flex flex-col gap-3">
              <label className="flex flex-col gap-1.5">
                <span className="font-medium">{t('enrol.setupKey')}</span>
                <input
                  readOnly
                  value={grouped}
                  onFocus={(event) => event.currentTarget.select()}
                  className="h-11 rounded-lg border border-line bg-surface-2 px-3 font-mono text-base tracking-wider text-ink"
                />
              </label>
              <p className="text-ink-muted">{t('enrol.setupKeyHint')}</p>
              <div className="flex flex-wrap gap-2">
                <CopyButton text={secret} label={t('enrol.copyKey')} />
                <a
                  href={setup.data.otpauthUrl}
                  className="inline-flex h-8 items-center px-1 font-medium underline underline-offset-4"
                >
                  {t('enrol.openInApp')}
                </a>
              </div>
            </div>
          </details>
        </li>
        <li>
          <form
            noValidate
            onSubmit={(event) => void form.handleSubmit((values) => enable.mutate(values))(event)}
            className="flex flex-col gap-4"
          >
            <p>
              <span className="font-semibold">{t('enrol.step2')}</span> {t('enrol.confirm')}
            </p>
            {failed ? <Alert tone="danger">{failed}</Alert> : null}
            <FormCodeField control={form.control} name="code" label={t('enrol.codeLabel')} />
            <Button type="submit" size="lg" busy={enable.isPending}>
              {t('enrol.submit')}
            </Button>
          </form>
        </li>
      </ol>
      {secondaryAction ? <div className="flex flex-col border-t border-line pt-4">{secondaryAction}</div> : null}
    </AccountPage>
  );
}
