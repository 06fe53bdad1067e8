import { Printer } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { CheckboxField } from '@/ui/checkbox-field';
import { AccountPage } from './account-page';
import { CopyButton } from './copy-button';

/** Printing shows the codes and nothing else of the page. */
const PRINT_STYLE = `@media print {
  body * { visibility: hidden !important; }
  .pitlane-recovery-codes, .pitlane-recovery-codes * { visibility: visible !important; color: #000 !important; }
  .pitlane-recovery-codes { position: absolute; inset: 0 auto auto 0; width: 100%; padding: 2rem; background: #fff; }
}`;

/**
 * The recovery codes, shown this once: copy, print, and a confirmation that they are saved
 * before the app opens. Leaving the page before that asks first.
 */
export function RecoveryCodesStep({
  codes,
  onDone,
}: {
  readonly codes: readonly string[];
  readonly onDone: () => Promise<void> | void;
}) {
  const { t } = useTranslation('account');
  const [saved, setSaved] = useState(false);
  const [nudge, setNudge] = useState(false);
  const [leaving, setLeaving] = useState(false);
  useEffect(() => {
    if (saved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [saved]);

  return (
    <AccountPage title={t('recovery.title')} lede={t('recovery.lede')} focusHeading>
      <style href="pitlane-recovery-codes-print" precedence="default">
        {PRINT_STYLE}
      </style>
      <Alert tone="success">{t('recovery.enabled')}</Alert>
      <section aria-labelledby="recovery-codes-heading" className="pitlane-recovery-codes flex flex-col gap-3">
        <h2 id="recovery-codes-heading" className="text-base font-semibold">
          {t('recovery.listTitle')}
        </h2>
        <ol className="grid grid-cols-2 gap-2 rounded-lg border border-line bg-surface-2 p-4 font-mono text-base">
          {codes.map((code) => (
            <li key={code} className="tracking-wider">
              {code}
            </li>
          ))}
        </ol>
      </section>
      <div className="flex flex-wrap items-center gap-2">
        <CopyButton text={codes.join('\n')} label={t('recovery.copy')} />
        <Button variant="secondary" size="md" onClick={() => window.print()}>
          <Printer aria-hidden="true" className="size-4" />
          {t('recovery.print')}
        </Button>
      </div>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!saved) return setNudge(true);
          setLeaving(true);
          void Promise.resolve(onDone()).finally(() => setLeaving(false));
        }}
        className="flex flex-col gap-4 border-t border-line pt-4"
      >
        <CheckboxField
          label={t('recovery.saved')}
          checked={saved}
          onChange={(event) => {
            setSaved(event.target.checked);
            setNudge(false);
          }}
          error={nudge ? t('recovery.confirmFirst') : undefined}
        />
        <Button type="submit" size="lg" busy={leaving}>
          {t('common.continue')}
        </Button>
      </form>
    </AccountPage>
  );
}
