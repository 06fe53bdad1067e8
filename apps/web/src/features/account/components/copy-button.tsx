import { Check, Copy } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/ui/button';

/** Copies `text`; says "Copied" for a moment, or that copying failed (select it by hand then). */
export function CopyButton({ text, label }: { readonly text: string; readonly label: string }) {
  const { t } = useTranslation('account');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);
  return (
    <>
      <Button
        variant="secondary"
        size="md"
        onClick={() => {
          navigator.clipboard.writeText(text).then(
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
        {state === 'copied' ? t('common.copied') : label}
      </Button>
      <span role="status" className="sr-only">
        {state === 'copied' ? t('common.copied') : ''}
      </span>
      {state === 'failed' ? <span className="text-sm text-danger">{t('common.copyFailed')}</span> : null}
    </>
  );
}
