import type { LineKind } from '../../orders/repair-order-line.entity';
import type { InvoiceLocale, PaymentMethod } from '../invoice.entity';

/** Everything the invoice PDF says in words, per workshop locale. */
export interface InvoiceLabels {
  readonly invoice: string;
  readonly creditNote: string;
  readonly corrects: string;
  /** Followed by the order's number: "Repair order 1042". */
  readonly repairOrder: string;
  readonly reason: string;
  readonly issueDate: string;
  readonly saleDate: string;
  readonly dueDate: string;
  readonly seller: string;
  readonly buyer: string;
  readonly taxId: string;
  readonly vehicle: string;
  readonly mileage: string;
  readonly erasedBuyer: string;
  readonly columns: {
    readonly position: string;
    readonly description: string;
    readonly quantity: string;
    readonly unitPrice: string;
    readonly vatRate: string;
    readonly net: string;
  };
  readonly units: Readonly<Record<LineKind, string>>;
  readonly vatSummary: string;
  readonly net: string;
  readonly vat: string;
  readonly gross: string;
  readonly totalDue: string;
  readonly totalCredited: string;
  readonly paymentTerms: (days: number) => string;
  readonly bankAccount: string;
  readonly paid: string;
  readonly methods: Readonly<Record<PaymentMethod, string>>;
  readonly page: (page: number, pages: number) => string;
}

export const INVOICE_LABELS: Readonly<Record<InvoiceLocale, InvoiceLabels>> = {
  en: {
    invoice: 'Invoice',
    creditNote: 'Credit note',
    corrects: 'Corrects invoice',
    repairOrder: 'Repair order',
    reason: 'Reason',
    issueDate: 'Issue date',
    saleDate: 'Sale date',
    dueDate: 'Due date',
    seller: 'Seller',
    buyer: 'Buyer',
    taxId: 'VAT ID',
    vehicle: 'Vehicle',
    mileage: 'Mileage',
    erasedBuyer: 'Client data erased on request',
    columns: {
      position: '#',
      description: 'Description',
      quantity: 'Qty',
      unitPrice: 'Unit price',
      vatRate: 'VAT',
      net: 'Net',
    },
    units: { labour: 'h', part: 'pcs', fee: '' },
    vatSummary: 'VAT summary',
    net: 'Net',
    vat: 'VAT',
    gross: 'Gross',
    totalDue: 'Total due',
    totalCredited: 'Total credited',
    paymentTerms: (days) => (days === 0 ? 'Payment due on receipt' : `Payment within ${days} days`),
    bankAccount: 'Bank account',
    paid: 'Paid',
    methods: { cash: 'cash', card: 'card', transfer: 'bank transfer', other: 'other' },
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
  pl: {
    invoice: 'Faktura VAT',
    creditNote: 'Faktura korygująca',
    corrects: 'Korekta faktury',
    repairOrder: 'Zlecenie naprawy nr',
    reason: 'Przyczyna korekty',
    issueDate: 'Data wystawienia',
    saleDate: 'Data sprzedaży',
    dueDate: 'Termin płatności',
    seller: 'Sprzedawca',
    buyer: 'Nabywca',
    taxId: 'NIP',
    vehicle: 'Pojazd',
    mileage: 'Przebieg',
    erasedBuyer: 'Dane klienta usunięte na jego żądanie',
    columns: {
      position: 'Lp.',
      description: 'Nazwa towaru lub usługi',
      quantity: 'Ilość',
      unitPrice: 'Cena netto',
      vatRate: 'VAT',
      net: 'Wartość netto',
    },
    units: { labour: 'godz.', part: 'szt.', fee: '' },
    vatSummary: 'Podsumowanie VAT',
    net: 'Netto',
    vat: 'VAT',
    gross: 'Brutto',
    totalDue: 'Do zapłaty',
    totalCredited: 'Do zwrotu',
    paymentTerms: (days) => (days === 0 ? 'Płatne przy odbiorze' : `Płatność w terminie ${days} dni`),
    bankAccount: 'Numer konta',
    paid: 'Zapłacono',
    methods: { cash: 'gotówka', card: 'karta', transfer: 'przelew', other: 'inna' },
    page: (page, pages) => `Strona ${page} z ${pages}`,
  },
  da: {
    invoice: 'Faktura',
    creditNote: 'Kreditnota',
    corrects: 'Krediterer faktura',
    repairOrder: 'Arbejdsordre',
    reason: 'Årsag',
    issueDate: 'Fakturadato',
    saleDate: 'Leveringsdato',
    dueDate: 'Forfaldsdato',
    seller: 'Sælger',
    buyer: 'Køber',
    taxId: 'CVR-nr.',
    vehicle: 'Køretøj',
    mileage: 'Kilometerstand',
    erasedBuyer: 'Kundens data slettet efter anmodning',
    columns: {
      position: 'Nr.',
      description: 'Beskrivelse',
      quantity: 'Antal',
      unitPrice: 'Enhedspris',
      vatRate: 'Moms',
      net: 'Netto',
    },
    units: { labour: 't', part: 'stk.', fee: '' },
    vatSummary: 'Momsoversigt',
    net: 'Netto',
    vat: 'Moms',
    gross: 'Brutto',
    totalDue: 'At betale',
    totalCredited: 'Krediteret i alt',
    paymentTerms: (days) => (days === 0 ? 'Betales ved modtagelse' : `Betaling inden ${days} dage`),
    bankAccount: 'Kontonummer',
    paid: 'Betalt',
    methods: { cash: 'kontant', card: 'kort', transfer: 'bankoverførsel', other: 'andet' },
    page: (page, pages) => `Side ${page} af ${pages}`,
  },
};
