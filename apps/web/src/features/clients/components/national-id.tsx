import { Eye, EyeOff } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/ui/button';
import { MaskedValue } from '@/ui/masked-value';
import type { Client } from '../api/client-queries';
import { hiddenNationalIdLength, nationalIdTail } from '../utils/national-id';

/**
 * The national id masked like a VIN, for owners and managers (the API sends it to them only) with
 * a "show" to read it out to the client; mechanics learn only whether one is on file.
 */
export function NationalId({ client }: { readonly client: Client }) {
  const { t } = useTranslation('clients');
  const [shown, setShown] = useState(false);
  if (client.nationalId === undefined) {
    return client.hasNationalId ? (
      <span className="font-normal text-ink-muted">{t('nationalId.onFileHidden')}</span>
    ) : (
      <span className="font-normal text-ink-muted">{t('page.none')}</span>
    );
  }
  if (client.nationalId === null) return <span className="font-normal text-ink-muted">{t('page.none')}</span>;
  const tail = nationalIdTail(client.nationalId);
  return (
    <span className="flex flex-wrap items-center gap-2">
      {shown ? (
        <span className="font-mono tracking-wider">{client.nationalId}</span>
      ) : (
        <MaskedValue
          tail={tail}
          hiddenLength={hiddenNationalIdLength(client.nationalId)}
          label={t('nationalId.masked', { tail })}
        />
      )}
      <Button size="sm" variant="ghost" aria-pressed={shown} onClick={() => setShown((value) => !value)}>
        {shown ? <EyeOff aria-hidden="true" className="size-4" /> : <Eye aria-hidden="true" className="size-4" />}
        {shown ? t('nationalId.hide') : t('nationalId.show')}
      </Button>
    </span>
  );
}
