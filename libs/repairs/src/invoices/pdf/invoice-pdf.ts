import PDFDocument from 'pdfkit';
import { readFileSync } from 'node:fs';
import type { InvoiceLine } from '../invoice-line.entity';
import type { Invoice } from '../invoice.entity';
import { invoiceTotals } from '../invoice-totals';
import { InvoiceFormat } from './invoice-format';
import { INVOICE_LABELS, InvoiceLabels } from './invoice-labels';

export interface InvoiceDocument {
  readonly invoice: Invoice;
  readonly lines: readonly InvoiceLine[];
  /** The number of the invoice a credit note corrects. */
  readonly correctsNumber: string | null;
}

// Noto Sans: Polish and Danish letters (ł, ą, ø, å...) that the PDF standard Helvetica lacks.
// Read once; pdfkit embeds only the glyphs an invoice uses.
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf')),
    bold: readFileSync(require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf')),
  };
  return fonts;
}

const PAGE = { width: 595.28, height: 841.89, margin: 48 };
const BOTTOM = PAGE.height - PAGE.margin - 24; // room for the page footer
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
// Lines table: position, description, quantity, unit price, VAT rate, net.
const COLUMNS = [
  { key: 'position', width: 28, align: 'left' },
  { key: 'description', width: 215, align: 'left' },
  { key: 'quantity', width: 55, align: 'right' },
  { key: 'unitPrice', width: 80, align: 'right' },
  { key: 'vatRate', width: 42, align: 'right' },
  { key: 'net', width: CONTENT_WIDTH - 28 - 215 - 55 - 80 - 42, align: 'right' },
] as const;
const GAP = 4;

/**
 * Renders an issued invoice or credit note as a PDF, in the locale frozen on it. Deterministic:
 * the same invoice gives the same bytes (the document dates are the issue time, fonts are
 * embedded from the package), so a re-download matches the mailed copy.
 */
export function renderInvoicePdf(document: InvoiceDocument): Promise<Buffer> {
  const { invoice } = document;
  const labels = INVOICE_LABELS[invoice.locale];
  const format = new InvoiceFormat(invoice.locale, invoice.currency);
  const title = invoice.kind === 'invoice' ? labels.invoice : labels.creditNote;
  const pdf = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    info: {
      Title: `${title} ${invoice.number}`,
      Author: invoice.seller.legalName,
      Creator: 'Pitlane',
      Producer: 'Pitlane',
      CreationDate: invoice.issuedAt,
      ModDate: invoice.issuedAt,
    },
  });
  const { regular, bold } = loadFonts();
  pdf.registerFont('regular', regular);
  pdf.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  header(pdf, document, labels, format, title);
  parties(pdf, invoice, labels);
  linesTable(pdf, document, labels, format);
  summary(pdf, document, labels, format);
  pageFooters(pdf, invoice, labels, title);
  pdf.end();
  return done;
}

function header(
  pdf: PDFKit.PDFDocument,
  { invoice, correctsNumber }: InvoiceDocument,
  labels: InvoiceLabels,
  format: InvoiceFormat,
  title: string,
): void {
  pdf.font('bold').fontSize(18).text(`${title} ${invoice.number}`, PAGE.margin, PAGE.margin);
  pdf.font('regular').fontSize(9).moveDown(0.3);
  if (correctsNumber) pdf.text(`${labels.corrects}: ${correctsNumber}`);
  // Frozen on the document at issue, so an invoice from before order numbers re-renders unchanged.
  if (invoice.repairOrderNumber !== null) pdf.text(`${labels.repairOrder} ${invoice.repairOrderNumber}`);
  if (invoice.reason) pdf.text(`${labels.reason}: ${invoice.reason}`);
  pdf.text(`${labels.issueDate}: ${format.calendarDate(invoice.issueDate)}`);
  pdf.text(`${labels.saleDate}: ${format.calendarDate(invoice.saleDate)}`);
  if (invoice.kind === 'invoice') pdf.text(`${labels.dueDate}: ${format.calendarDate(invoice.dueDate)}`);
  pdf.moveDown(1);
}

function parties(pdf: PDFKit.PDFDocument, invoice: Invoice, labels: InvoiceLabels): void {
  const top = pdf.y;
  const half = CONTENT_WIDTH / 2 - 8;
  const seller = [invoice.seller.legalName, ...invoice.seller.addressLines, `${labels.taxId}: ${invoice.seller.taxId}`];
  const buyer = invoice.buyer.name
    ? [invoice.buyer.name, invoice.buyer.email, invoice.buyer.phone].filter((line): line is string => !!line)
    : [labels.erasedBuyer];
  const block = (heading: string, lines: readonly string[], x: number): number => {
    pdf.font('bold').fontSize(10).text(heading, x, top, { width: half });
    pdf.font('regular').fontSize(9);
    for (const line of lines) pdf.text(line, x, pdf.y, { width: half });
    return pdf.y;
  };
  const left = block(labels.seller, seller, PAGE.margin);
  const right = block(labels.buyer, buyer, PAGE.margin + CONTENT_WIDTH / 2 + 8);
  pdf.y = Math.max(left, right) + 10;
  const car = invoice.vehicle;
  const described = [car.plate, `${car.make} ${car.model}`, car.year ? String(car.year) : null]
    .filter((part): part is string => !!part)
    .join(', ');
  const mileage = car.mileageKm !== null ? ` · ${labels.mileage}: ${car.mileageKm} km` : '';
  pdf.font('regular').fontSize(9).text(`${labels.vehicle}: ${described}${mileage}`, PAGE.margin, pdf.y);
  pdf.moveDown(1);
}

/** One row; a row that does not fit opens a new page, which starts with `header` again. */
function tableRow(
  pdf: PDFKit.PDFDocument,
  cells: readonly string[],
  font: 'regular' | 'bold',
  header?: readonly string[],
): void {
  pdf.font(font).fontSize(9);
  const height = Math.max(
    ...cells.map((cell, index) => pdf.heightOfString(cell, { width: (COLUMNS[index]?.width ?? 0) - GAP })),
  );
  if (pdf.y + height > BOTTOM) {
    pdf.addPage();
    if (header) tableHeader(pdf, header);
    pdf.font(font).fontSize(9);
  }
  const top = pdf.y;
  let x = PAGE.margin;
  cells.forEach((cell, index) => {
    const column = COLUMNS[index];
    if (!column) return;
    pdf.text(cell, x, top, { width: column.width - GAP, align: column.align });
    x += column.width;
  });
  pdf.y = top + height + 3;
}

function tableHeader(pdf: PDFKit.PDFDocument, header: readonly string[]): void {
  tableRow(pdf, header, 'bold');
  pdf
    .moveTo(PAGE.margin, pdf.y - 1)
    .lineTo(PAGE.margin + CONTENT_WIDTH, pdf.y - 1)
    .lineWidth(0.5)
    .stroke();
  pdf.y += 2;
}

function linesTable(
  pdf: PDFKit.PDFDocument,
  { lines }: InvoiceDocument,
  labels: InvoiceLabels,
  format: InvoiceFormat,
): void {
  const c = labels.columns;
  const header = [c.position, c.description, c.quantity, c.unitPrice, c.vatRate, c.net];
  tableHeader(pdf, header);
  for (const line of lines) {
    const unit = labels.units[line.kind];
    tableRow(
      pdf,
      [
        String(line.position),
        line.description,
        `${format.hundredths(line.quantityHundredths)}${unit ? ` ${unit}` : ''}`,
        format.amount(line.unitPriceMinor),
        format.vatRate(line.vatRateBp),
        format.amount(line.netMinor),
      ],
      'regular',
      header,
    );
  }
  pdf.moveDown(1);
}

function summary(
  pdf: PDFKit.PDFDocument,
  document: InvoiceDocument,
  labels: InvoiceLabels,
  format: InvoiceFormat,
): void {
  const { invoice } = document;
  const totals = invoiceTotals(invoice.kind, document.lines);
  const needed = 60 + 14 * (totals.vat.length + 6);
  if (pdf.y + needed > BOTTOM) pdf.addPage();
  const x = PAGE.margin + CONTENT_WIDTH - 300;
  const row = (cells: readonly string[], font: 'regular' | 'bold'): void => {
    pdf.font(font).fontSize(9);
    const top = pdf.y;
    cells.forEach((cell, index) => pdf.text(cell, x + index * 75, top, { width: 71, align: 'right' }));
    pdf.y = top + 13;
  };
  pdf.font('bold').fontSize(10).text(labels.vatSummary, x, pdf.y, { width: 300 });
  row([labels.columns.vatRate, labels.net, labels.vat, labels.gross], 'bold');
  for (const group of totals.vat) {
    row(
      [
        format.vatRate(group.vatRateBp),
        format.amount(group.netMinor),
        format.amount(group.vatMinor),
        format.amount(group.netMinor + group.vatMinor),
      ],
      'regular',
    );
  }
  row(
    ['', format.amount(invoice.netMinor), format.amount(invoice.vatMinor), format.amount(invoice.grossMinor)],
    'bold',
  );
  pdf.moveDown(0.8);
  const total = invoice.kind === 'invoice' ? labels.totalDue : labels.totalCredited;
  pdf
    .font('bold')
    .fontSize(12)
    .text(`${total}: ${format.amount(invoice.grossMinor)}`, PAGE.margin, pdf.y, {
      width: CONTENT_WIDTH,
      align: 'right',
    });
  pdf.moveDown(1);
  pdf.font('regular').fontSize(9);
  if (invoice.kind === 'invoice') {
    pdf.text(
      `${labels.paymentTerms(invoice.seller.paymentTermsDays)} (${labels.dueDate}: ${format.calendarDate(invoice.dueDate)})`,
      PAGE.margin,
    );
  }
  const bank = invoice.seller.bankName ? `${invoice.seller.bankName}, ` : '';
  pdf.text(`${labels.bankAccount}: ${bank}${invoice.seller.bankAccount}`, PAGE.margin);
  if (invoice.paidOn && invoice.paymentMethod) {
    pdf.text(
      `${labels.paid}: ${format.calendarDate(invoice.paidOn)} (${labels.methods[invoice.paymentMethod]})`,
      PAGE.margin,
    );
  }
  if (invoice.seller.footer) {
    pdf.moveDown(1);
    pdf.fontSize(8).text(invoice.seller.footer, PAGE.margin, pdf.y, { width: CONTENT_WIDTH });
  }
}

function pageFooters(pdf: PDFKit.PDFDocument, invoice: Invoice, labels: InvoiceLabels, title: string): void {
  const range = pdf.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    pdf.switchToPage(range.start + index);
    // Writing below the bottom margin would make pdfkit open a new page: lift it for the footer.
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font('regular')
      .fontSize(8)
      .text(
        `${title} ${invoice.number} · ${labels.page(index + 1, range.count)}`,
        PAGE.margin,
        PAGE.height - PAGE.margin + 4,
        { width: CONTENT_WIDTH, align: 'center', lineBreak: false },
      );
    pdf.page.margins.bottom = margin;
  }
}
