import { cx } from './class-names';

export interface TableHeading {
  readonly label: string;
  /** Alignment, padding and weight of this column's heading; every heading has `py-2`. */
  readonly className?: string;
}

/**
 * The start of a small table: its caption (the table's accessible name, for screen readers
 * only) and one row of column headings. Goes first inside `<table>`.
 */
export function TableHead({
  caption,
  headings,
  className,
  rowClassName,
}: {
  readonly caption: string;
  readonly headings: readonly TableHeading[];
  /** The heading row's text style (size, colour, case). */
  readonly className?: string;
  readonly rowClassName?: string;
}) {
  return (
    <>
      <caption className="sr-only">{caption}</caption>
      <thead className={className}>
        <tr className={rowClassName}>
          {headings.map((heading) => (
            <th key={heading.label} scope="col" className={cx('py-2', heading.className)}>
              {heading.label}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
