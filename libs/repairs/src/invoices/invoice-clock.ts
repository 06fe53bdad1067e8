import { Injectable } from '@nestjs/common';

/** Where invoicing reads the time (issue date, invoice year): one seam a test can move. */
@Injectable()
export class InvoiceClock {
  now(): Date {
    return new Date();
  }
}
