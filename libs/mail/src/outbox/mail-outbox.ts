import { Injectable } from '@nestjs/common';
import { TenantContext, TenantDatabase } from '@pitlane/core';
import { TenantKeyring } from '@pitlane/crypto';
import { JobQueue } from '@pitlane/queue';
import { randomUUID } from 'node:crypto';
import { mailJobId, MailStatus, secretsLocation } from '../ledger/mail-message.entity';
import { MailMessageRepository } from '../ledger/mail-message.repository';
import { MailLocale, MailTemplateData, MailTemplateName } from '../templates/mail-template';
import { SECRET_FIELDS } from './secret-fields';

export interface MailRequest<T extends MailTemplateName> {
  /** Same key, same mail: a retried request never sends twice. */
  readonly idempotencyKey: string;
  readonly template: T;
  readonly locale: MailLocale;
  readonly to: { readonly email: string; readonly userId?: string };
  readonly workshopName: string;
  readonly data: MailTemplateData[T];
}

/** What became of a mail asked for: queued, sent (and when) or failed for good. */
export interface MailDeliveryState {
  readonly status: MailStatus;
  readonly sentAt: Date | null;
}

/**
 * Asks for a mail. The ledger row is written in the caller's tenant transaction, so the mail
 * exists exactly when the change that causes it commits; the job (which names only the row) is
 * enqueued after the commit. If that enqueue is lost, the worker's sweep finds the row.
 */
@Injectable()
export class MailOutbox {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly messages: MailMessageRepository,
    private readonly keyring: TenantKeyring,
    private readonly jobs: JobQueue,
  ) {}

  async send<T extends MailTemplateName>(request: MailRequest<T>): Promise<void> {
    const tenantId = this.tenantContext.requireTenantId('a mail');
    const secretKeys = new Set<string>(SECRET_FIELDS[request.template] as readonly string[]);
    const data: Record<string, string | number> = {};
    const secrets: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(request.data as Record<string, string | number>)) {
      (secretKeys.has(key) ? secrets : data)[key] = value;
    }
    const id = randomUUID();
    const sealedSecrets =
      secretKeys.size > 0 ? await this.keyring.encrypt(secretsLocation(tenantId, id), JSON.stringify(secrets)) : null;
    await this.db.transaction(async () => {
      const queued = await this.messages.insertQueued({
        id,
        idempotencyKey: request.idempotencyKey,
        template: request.template,
        locale: request.locale,
        recipientEmail: request.to.email,
        recipientUserId: request.to.userId ?? null,
        workshopName: request.workshopName,
        data,
        sealedSecrets,
      });
      // Not queued when the key was asked for before: that mail stands.
      if (!queued) return;
      await this.db.afterCommit(() =>
        this.jobs.enqueue('mail.send', { tenantId, mailId: id }, { jobId: mailJobId(id) }),
      );
    });
  }

  /**
   * What became of the mails asked for under `keys`, by key; a key never asked for is absent.
   * Runs in the caller's tenant transaction.
   */
  async deliveries(keys: readonly string[]): Promise<Map<string, MailDeliveryState>> {
    const rows = await this.messages.byKeys(keys);
    return new Map(rows.map((row) => [row.idempotencyKey, { status: row.status, sentAt: row.sentAt }]));
  }
}
