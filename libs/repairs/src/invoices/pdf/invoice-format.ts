import { fromHundredths } from '../../money/order-totals';
import { moneyFormatter } from '../../money/money-format';
import type { InvoiceLocale } from '../invoice.entity';

const LANGUAGE_TAGS: Readonly<Record<InvoiceLocale, string>> = { en: 'en-GB', pl: 'pl-PL', da: 'da-DK' };

/** Numbers, money and dates as the workshop's locale writes them (1 234,56 zł; 1.234,56 kr.). */
export class InvoiceFormat {
  private readonly money: (minor: number) => string;
  private readonly quantity: Intl.NumberFormat;
  private readonly percent: Intl.NumberFormat;
  private readonly date: Intl.DateTimeFormat;

  constructor(locale: InvoiceLocale, currency: string) {
    const tag = LANGUAGE_TAGS[locale];
    this.money = moneyFormatter(currency, tag);
    this.quantity = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
    this.percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 });
    this.date = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
  }

  amount(minor: number): string {
    return this.money(minor);
  }

  hundredths(value: number): string {
    return this.quantity.format(fromHundredths(value));
  }

  vatRate(basisPoints: number): string {
    return this.percent.format(basisPoints / 10_000);
  }

  /** A calendar date `YYYY-MM-DD` (no zone: it is already the workshop's date). */
  calendarDate(date: string): string {
    return this.date.format(new Date(`${date}T00:00:00Z`));
  }
}
