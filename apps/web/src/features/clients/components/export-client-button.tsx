import { Download } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '@/lib/api/api-client';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import type { Client } from '../api/client-queries';
import { exportFileName } from '../utils/export-file-name';
import { saveFile } from '@/lib/save-file';

/**
 * GDPR access: everything the workshop holds about the client (contacts, national id, vehicles
 * with full VINs, audit trail) as the API's JSON, downloaded as a file. The API records the export.
 */
export function ExportClientButton({ client }: { readonly client: Client }) {
  const { t } = useTranslation('clients');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function download() {
    setBusy(true);
    setFailed(false);
    try {
      const { data, response } = await api.GET('/api/v1/clients/{id}/export', {
        params: { path: { id: client.id } },
        parseAs: 'blob',
      });
      if (!response.ok || !data) throw new Error(`export answered ${response.status}`);
      saveFile(new Blob([data], { type: 'application/json' }), exportFileName(client.lastName, new Date()));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <Button variant="secondary" busy={busy} onClick={() => void download()}>
        <Download aria-hidden="true" className="size-4" />
        {t('privacy.export')}
      </Button>
      {failed ? <Alert tone="danger">{t('privacy.exportFailed')}</Alert> : null}
    </div>
  );
}
