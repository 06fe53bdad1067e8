import { Check, Copy } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/ui/button';

/** Copies `text`; says "Copied" for a moment (also to screen readers), or that copying failed. */
export function CopyButton({ text, label }: { readonly text: string; readonly label: string }) {
  const { t } = useTranslation('schedule-settings');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        type="button"
        variant="secondary"
        onClick={() => {
          const copying = navigator.clipboard?.writeText(text) ?? Promise.reject(new Error('no clipboard'));
          copying.then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {state === 'copied' ? (
          <Check aria-hidden="true" className="size-4" />
        ) : (
          <Copy aria-hidden="true" className="size-4" />
        )}
        {label}
      </Button>
      <span role="status" className="text-sm text-ink-muted">
        {state === 'copied' ? t('bookingPage.copied') : ''}
      </span>
      {state === 'failed' ? <span className="text-sm text-danger">{t('bookingPage.copyFailed')}</span> : null}
    </div>
  );
}
