import { TableHead } from '@/ui/table-head';

/** Where a column sits sets its padding: the first starts flush, the last ends flush. */
function placed(index: number, count: number): string {
  if (index === 0) return 'pe-3 text-start';
  return index === count - 1 ? 'ps-3 text-end' : 'px-3 text-end';
}

/**
 * Column headings of an invoice's tables, set as the printed document sets them: the first
 * column (what is charged) reads from the start, the figures after it line up at the end.
 */
export function DocumentTableHead({
  caption,
  labels,
}: {
  readonly caption: string;
  readonly labels: readonly string[];
}) {
  return (
    <TableHead
      caption={caption}
      className="text-ink-muted"
      rowClassName="border-b border-line"
      headings={labels.map((label, index) => ({ label, className: `${placed(index, labels.length)} font-medium` }))}
    />
  );
}
