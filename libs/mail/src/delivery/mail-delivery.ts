import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, TenantDatabase } from '@pitlane/core';
import { TenantKeyring } from '@pitlane/crypto';
import { JobHandler, JobRun, MailSendPayload } from '@pitlane/queue';
import { UnrecoverableError } from 'bullmq';
import { MailMessage, secretsLocation } from '../ledger/mail-message.entity';
import { MailMessageRepository } from '../ledger/mail-message.repository';
import { MailRenderer } from '../templates/mail-renderer';
import { MailTemplateData } from '../templates/mail-template';
import { classifySmtpFailure, smtpFailureSummary } from '../transport/smtp-failure';
import { SmtpTransport } from '../transport/smtp-transport';
import { MailMetrics } from './mail-metrics';
import { MAIL_TRANSPORT } from './mail-transport';

type Outcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'retry'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string };

/**
 * Sends one mail of the ledger. The row stays locked from reading to recording the result, so a
 * duplicated or re-delivered job waits, then finds the mail sent and does nothing: at least
 * once on the queue, once in effect. Permanent SMTP refusals (5xx) end retries at once;
 * temporary ones (4xx, connection) are retried with the queue's backoff.
 */
@Injectable()
export class MailDelivery {
  constructor(
    private readonly db: TenantDatabase,
    private readonly messages: MailMessageRepository,
    private readonly keyring: TenantKeyring,
    private readonly renderer: MailRenderer,
    private readonly config: AppConfig,
    @Inject(MAIL_TRANSPORT) private readonly transport: SmtpTransport,
    private readonly metrics: MailMetrics,
  ) {}

  @JobHandler('mail.send')
  async deliver(payload: MailSendPayload, run: JobRun): Promise<void> {
    const outcome = await this.db.transaction(async (): Promise<Outcome> => {
      const mail = await this.messages.lockForDelivery(payload.mailId);
      if (!mail || mail.status !== 'queued') return { kind: 'done' };
      const attempts = mail.attempts + 1;
      try {
        const info = await this.transport.sendMail(await this.message(mail));
        this.metrics.sent(mail.template);
        await this.messages.recordAttempt(mail.id, {
          status: 'sent',
          attempts,
          providerMessageId: typeof info.messageId === 'string' ? info.messageId : null,
          lastError: null,
          sealedSecrets: null,
          sentAt: new Date(),
        });
        return { kind: 'done' };
      } catch (error) {
        const reason = smtpFailureSummary(error);
        const permanent = classifySmtpFailure(error) === 'permanent';
        const final = permanent || run.isFinalAttempt;
        this.metrics.failed(mail.template, final);
        await this.messages.recordAttempt(
          mail.id,
          final
            ? { status: 'failed', attempts, lastError: reason, sealedSecrets: null }
            : { attempts, lastError: reason },
        );
        return permanent ? { kind: 'failed', reason } : { kind: 'retry', reason };
      }
    });
    if (outcome.kind === 'failed') throw new UnrecoverableError(`mail refused permanently: ${outcome.reason}`);
    if (outcome.kind === 'retry') throw new Error(`mail not sent yet: ${outcome.reason}`);
  }

  private async message(mail: MailMessage) {
    const secrets = mail.sealedSecrets
      ? (JSON.parse(await this.keyring.decrypt(secretsLocation(mail.tenantId, mail.id), mail.sealedSecrets)) as object)
      : {};
    const data = { ...mail.data, ...secrets } as MailTemplateData[typeof mail.template];
    const rendered = this.renderer.render(mail.template, mail.locale, data, mail.workshopName);
    return {
      from: { name: `${mail.workshopName} via ${this.config.mail.fromName}`, address: this.config.mail.fromAddress },
      to: mail.recipientEmail,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      attachments: rendered.attachments.map((file) => ({ ...file })),
      // Stable per ledger row: a receiving system can drop a duplicate if one ever slips through.
      messageId: `<${mail.id}@${this.config.mail.fromAddress.split('@')[1] ?? 'pitlane.local'}>`,
      headers: { 'X-Pitlane-Mail': mail.id },
    };
  }
}
