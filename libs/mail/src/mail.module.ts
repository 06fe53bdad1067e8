import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@pitlane/core';
import { MailDelivery } from './delivery/mail-delivery';
import { MailMetrics } from './delivery/mail-metrics';
import { MailOutboxSweep } from './delivery/mail-outbox-sweep';
import { MAIL_TRANSPORT, mailTransportFromConfig } from './delivery/mail-transport';
import { MailMessageRepository } from './ledger/mail-message.repository';
import { MailLogService } from './mail-log/mail-log.service';
import { MailOutbox } from './outbox/mail-outbox';
import { MailRenderer } from './templates/mail-renderer';

/**
 * Asking for mail (every process that changes data) and reading the mail log. Needs the core
 * Config, Database and Logger modules, QueueModule and the workshops' keyring.
 */
@Global()
@Module({
  providers: [MailMessageRepository, MailOutbox, MailLogService],
  exports: [MailMessageRepository, MailOutbox, MailLogService],
})
export class MailModule {}

/** Sending mail: the worker process only. */
@Module({
  providers: [
    MailDelivery,
    MailMetrics,
    MailOutboxSweep,
    { provide: MailRenderer, useFactory: () => new MailRenderer() },
    { provide: MAIL_TRANSPORT, inject: [AppConfig], useFactory: mailTransportFromConfig },
  ],
  exports: [MailOutboxSweep],
})
export class MailDeliveryModule {}
