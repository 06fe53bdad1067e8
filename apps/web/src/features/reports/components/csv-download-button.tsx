import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/ui/button';
import { toCsv, type CsvColumn } from '../utils/csv';
import { saveFile } from '@/lib/save-file';

/** Saves a report as CSV, built in the browser from the numbers on screen (nothing re-fetched). */
export function CsvDownloadButton<Row>({
  report,
  fileName,
  columns,
  rows,
  disabled,
}: {
  /** The report's title, so every download button has its own accessible name. */
  readonly report: string;
  readonly fileName: string;
  /** The file's columns over the rows the table shows; built only when the button is pressed. */
  readonly columns: readonly CsvColumn<Row>[];
  readonly rows: readonly Row[];
  readonly disabled?: boolean;
}) {
  const { t } = useTranslation('reports');
  const download = () => saveFile(new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
  return (
    <Button
      size="sm"
      variant="secondary"
      onClick={download}
      disabled={disabled}
      aria-label={t('csv.download', { report })}
    >
      <Download aria-hidden="true" className="size-4" />
      {t('csv.label')}
    </Button>
  );
}
