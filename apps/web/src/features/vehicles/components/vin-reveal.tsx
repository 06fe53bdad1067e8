import { Copy, Eye, EyeOff } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { Badge } from '@/ui/badge';
import { Button } from '@/ui/button';
import { MaskedValue } from '@/ui/masked-value';
import { useRevealVin, type Vehicle } from '../api/vehicle-queries';
import { hiddenVinLength } from '../utils/masked-vin';

/**
 * The VIN as its last characters; the full VIN only on request, through the API's audited
 * reveal, and only until the person hides it again or leaves the page.
 */
export function VinReveal({ vehicle }: { readonly vehicle: Vehicle }) {
  const { t } = useTranslation('vehicles');
  const reveal = useRevealVin();
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState(false);
  const tail = vehicle.vinTail;
  if (tail === null) return <span className="text-ink-muted">{t('vin.none')}</span>;
  const vin = shown ? reveal.data?.vin : undefined;

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        {vin ? (
          <span className="font-mono tracking-wider break-all">{vin}</span>
        ) : (
          <MaskedValue tail={tail} hiddenLength={hiddenVinLength(tail)} label={t('vin.masked', { tail })} />
        )}
        {vehicle.vinCheckDigit === 'valid' ? <Badge tone="success">{t('vin.checkDigitValid')}</Badge> : null}
        {vin ? (
          <>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                void navigator.clipboard?.writeText(vin).then(() => setCopied(true));
              }}
            >
              <Copy aria-hidden="true" className="size-4" />
              {copied ? t('vin.copied') : t('vin.copy')}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                setShown(false);
                setCopied(false);
                reveal.reset();
              }}
            >
              <EyeOff aria-hidden="true" className="size-4" />
              {t('vin.hide')}
            </Button>
          </>
        ) : (
          <Button
            size="sm"
            variant="secondary"
            busy={reveal.isPending}
            onClick={() => reveal.mutate({ params: { path: { id: vehicle.id } } }, { onSuccess: () => setShown(true) })}
          >
            <Eye aria-hidden="true" className="size-4" />
            {t('vin.reveal')}
          </Button>
        )}
      </div>
      <p className="text-xs text-ink-muted">{t('vin.audited')}</p>
      {reveal.isError ? <Alert tone="danger">{t('vin.revealFailed')}</Alert> : null}
    </div>
  );
}
