import { Injectable } from '@nestjs/common';
import { MetricsRegistry } from '@pitlane/observability';
import { Counter } from 'prom-client';
import { MAIL_CATALOG } from '../templates/mail-catalog';

/**
 * Mail handed to the SMTP server, and SMTP attempts that failed, by template (a fixed catalog):
 * never by recipient or workshop. `outcome` says whether a failure is retried or final
 * (permanent refusal or tries exhausted).
 */
@Injectable()
export class MailMetrics {
  private readonly sentTotal: Counter<'template'>;
  private readonly failedTotal: Counter<'template' | 'outcome'>;

  constructor(registry: MetricsRegistry) {
    this.sentTotal = new Counter({
      name: 'pitlane_mail_sent_total',
      help: 'Mails accepted by the SMTP server, by template.',
      labelNames: ['template'],
      registers: [registry],
    });
    this.failedTotal = new Counter({
      name: 'pitlane_mail_failed_total',
      help: 'SMTP attempts that failed, by template and outcome (retrying, failed = final).',
      labelNames: ['template', 'outcome'],
      registers: [registry],
    });
    for (const template of Object.keys(MAIL_CATALOG)) {
      this.sentTotal.inc({ template }, 0);
      this.failedTotal.inc({ template, outcome: 'retrying' }, 0);
      this.failedTotal.inc({ template, outcome: 'failed' }, 0);
    }
  }

  sent(template: string): void {
    this.sentTotal.inc({ template });
  }

  failed(template: string, final: boolean): void {
    this.failedTotal.inc({ template, outcome: final ? 'failed' : 'retrying' });
  }
}
