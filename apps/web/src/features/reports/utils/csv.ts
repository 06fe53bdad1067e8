import { minorToDecimal } from './report-money';

/** A CSV column: a header and how each row fills it; `number` cells are never quoted or guarded. */
export interface CsvColumn<Row> {
  readonly header: string;
  readonly kind: 'text' | 'number';
  readonly value: (row: Row) => string | number;
}

/** A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading '. */
const FORMULA = /^[=+\-@\t\r]/;

function textCell(value: string): string {
  const guarded = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) || guarded !== guarded.trim() ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

function numberCell(value: string | number): string {
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new RangeError(`not a plain decimal number: ${text}`);
  return text;
}

/**
 * RFC 4180 CSV: a header row, comma separated, CRLF line ends, quotes doubled inside quoted
 * cells. Numbers are plain decimals with a dot whatever the screen's language, so a file opens
 * the same in any spreadsheet; a UTF-8 byte order mark lets Excel read Polish and Danish names.
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => textCell(column.header)).join(',')];
  for (const row of rows) {
    lines.push(
      columns
        .map((column) =>
          column.kind === 'number' ? numberCell(column.value(row)) : textCell(String(column.value(row))),
        )
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** `pitlane-revenue-2026-03-01_2026-03-31.csv`; a snapshot names its day. */
export function csvFileName(report: string, range: { from: string; to: string } | { asOf: string }): string {
  const dates = 'asOf' in range ? range.asOf : `${range.from}_${range.to}`;
  return `pitlane-${report}-${dates}.csv`;
}

/** A money column: the currency in its header, each amount a plain decimal of its minor units. */
export function moneyColumn<Row>(header: string, currency: string, minor: (row: Row) => number): CsvColumn<Row> {
  return { header: `${header} (${currency})`, kind: 'number', value: (row) => minorToDecimal(minor(row), currency) };
}
