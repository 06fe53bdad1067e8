import { TenantEntity } from '@pitlane/core';
import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import type { MailLocale, MailTemplateName } from '../templates/mail-template';

export type MailStatus = 'queued' | 'sent' | 'failed';

/** One row of the mail ledger: a mail Pitlane means to send, and what became of it. */
@Entity('mail_messages')
export class MailMessage extends TenantEntity {
  /** Unique per workshop: asking twice for the same mail sends it once. */
  @Column('text', { name: 'idempotency_key' })
  idempotencyKey!: string;

  @Column('text')
  template!: MailTemplateName;

  @Column('text')
  locale!: MailLocale;

  @Column('text', { name: 'recipient_email' })
  recipientEmail!: string;

  @Column('uuid', { name: 'recipient_user_id', nullable: true })
  recipientUserId!: string | null;

  @Column('text', { name: 'workshop_name' })
  workshopName!: string;

  /** The template's variables that are not secret. */
  @Column('jsonb')
  data!: Record<string, string | number>;

  /** The secret ones (codes, links with tokens), sealed under the workshop's key; null once sent. */
  @Column('bytea', { name: 'sealed_secrets', nullable: true })
  sealedSecrets!: Buffer | null;

  @Column('text')
  status!: MailStatus;

  @Column('integer')
  attempts!: number;

  @Column('text', { name: 'provider_message_id', nullable: true })
  providerMessageId!: string | null;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;
}

export const MAIL_ENTITIES = [MailMessage];

/** Where a mail's sealed secrets are bound: a ciphertext moved to another row does not open. */
export function secretsLocation(tenantId: string, mailId: string) {
  return { tenantId, table: 'mail_messages', column: 'sealed_secrets', rowId: mailId };
}

/** The BullMQ job id of a mail: the same mail is never queued twice at once. */
export function mailJobId(mailId: string): string {
  return `mail.send-${mailId}`;
}
