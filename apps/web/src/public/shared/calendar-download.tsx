import { CalendarPlus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { fetchCalendarFile } from '../api/public-api';
import { saveFile } from '@/lib/save-file';

/** Saves the booking's `.ics` (posted for with the token, never a link that carries it). */
export function CalendarDownload({ token }: { readonly token: string }) {
  const { t } = useTranslation('public');
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  async function download() {
    setState('busy');
    try {
      const file = await fetchCalendarFile(token);
      saveFile(file, 'booking.ics');
      setState('idle');
    } catch {
      setState('failed');
    }
  }
  return (
    <div className="flex flex-col gap-2">
      <Button variant="secondary" size="lg" busy={state === 'busy'} onClick={() => void download()}>
        <CalendarPlus aria-hidden="true" className="size-5" />
        {t('calendarFile')}
      </Button>
      {state === 'failed' ? <Alert tone="danger">{t('calendarFileFailed')}</Alert> : null}
    </div>
  );
}
