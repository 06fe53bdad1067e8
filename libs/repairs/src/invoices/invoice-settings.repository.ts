import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import { InvoiceSettings } from './invoice-settings.entity';

/** The columns a PUT replaces (besides the version and the time of the change). */
export type InvoiceSettingsValues = Omit<InvoiceSettings, 'tenantId' | 'version' | 'updatedAt'>;

/**
 * The workshop's billing details, one row per workshop keyed by the tenant: the only SQL on
 * invoice_settings. Every statement binds the open transaction's tenant.
 */
@Injectable()
export class InvoiceSettingsRepository extends TenantRepository {
  find(): Promise<InvoiceSettings | null> {
    return this.repository(InvoiceSettings).findOne({ where: { tenantId: this.tenantId } });
  }

  /** Inserts or replaces the workshop's row (every column of `values`), bumping its version; the row as stored. */
  async replace(values: InvoiceSettingsValues): Promise<InvoiceSettings> {
    const tenantId = this.tenantId;
    const columns = Object.keys(values).map((field) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
    await this.manager
      .createQueryBuilder()
      .insert()
      .into(InvoiceSettings)
      .values({ ...values, tenantId })
      .orUpdate(columns, ['tenant_id'])
      .execute();
    await this.manager.query(
      'update invoice_settings set version = version + 1, updated_at = now() where tenant_id = $1',
      [tenantId],
    );
    const stored = await this.find();
    if (!stored) throw new Error('the invoice settings just written are not there');
    return stored;
  }
}
