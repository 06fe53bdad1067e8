/** The dash a table cell or a detail shows where a record has no value. */
export function NoValue() {
  return <span className="text-ink-muted">—</span>;
}
