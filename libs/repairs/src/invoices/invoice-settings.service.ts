import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantContext, TenantDatabase } from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { EntityManager } from 'typeorm';
import { PutInvoiceSettingsDto } from './dto/put-invoice-settings.dto';
import { InvoiceErrors } from './invoice-errors';
import type { SellerSnapshot } from './invoice-parties';
import { InvoiceSettings } from './invoice-settings.entity';
import { InvoiceSettingsResponse } from './invoice-settings.response';

const DEFAULT_PAYMENT_TERMS_DAYS = 14;

/** What an invoice cannot be issued without (API field names, in the order the 409 lists them). */
const REQUIRED = ['legalName', 'addressLine1', 'postalCode', 'city', 'country', 'taxId', 'bankAccount'] as const;

const FIELDS = [...REQUIRED, 'addressLine2', 'bankName', 'footer'] as const;

/** The workshop's billing details: read by staff, replaced by owners and managers, frozen into each invoice. */
@Injectable()
export class InvoiceSettingsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditTrail,
  ) {}

  get(): Promise<InvoiceSettingsResponse> {
    return this.db.transaction(async (manager) => present(await this.load(manager)));
  }

  put(actor: Principal, input: PutInvoiceSettingsDto): Promise<InvoiceSettingsResponse> {
    return this.db.transaction(async (manager) => {
      const tenantId = this.tenantContext.requireTenantId('invoice settings');
      const values: Partial<InvoiceSettings> = { tenantId, updatedBy: actor.userId };
      for (const field of FIELDS) values[field] = input[field] ?? null;
      values.paymentTermsDays = input.paymentTermsDays ?? DEFAULT_PAYMENT_TERMS_DAYS;
      await manager
        .createQueryBuilder()
        .insert()
        .into(InvoiceSettings)
        .values(values)
        .orUpdate([...FIELDS.map(column), 'payment_terms_days', 'updated_by'], ['tenant_id'])
        .execute();
      await manager.query(
        'update invoice_settings set version = version + 1, updated_at = now() where tenant_id = $1',
        [tenantId],
      );
      await this.audit.record(manager, {
        action: 'invoice_settings.updated',
        entityType: 'invoice_settings',
        entityId: tenantId,
        changedFields: [...FIELDS, 'paymentTermsDays'],
      });
      return present(await this.load(manager));
    });
  }

  /** The seller block of an invoice issued now, or 409 naming what is still missing. */
  async seller(manager: EntityManager): Promise<SellerSnapshot> {
    const settings = await this.load(manager);
    const missing = missingOf(settings);
    if (!settings || missing.length > 0) throw InvoiceErrors.notConfigured(missing);
    const cityLine = `${settings.postalCode ?? ''} ${settings.city ?? ''}`.trim();
    return {
      legalName: settings.legalName ?? '',
      addressLines: [settings.addressLine1, settings.addressLine2, cityLine, settings.country].filter(
        (line): line is string => typeof line === 'string' && line.length > 0,
      ),
      taxId: settings.taxId ?? '',
      bankName: settings.bankName,
      bankAccount: settings.bankAccount ?? '',
      paymentTermsDays: settings.paymentTermsDays,
      footer: settings.footer,
    };
  }

  private async load(manager: EntityManager): Promise<InvoiceSettings | null> {
    return manager.getRepository(InvoiceSettings).findOne({ where: {} });
  }
}

function column(field: (typeof FIELDS)[number]): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function missingOf(settings: InvoiceSettings | null): string[] {
  return REQUIRED.filter((field) => !settings?.[field]);
}

function present(settings: InvoiceSettings | null): InvoiceSettingsResponse {
  return {
    legalName: settings?.legalName ?? null,
    addressLine1: settings?.addressLine1 ?? null,
    addressLine2: settings?.addressLine2 ?? null,
    postalCode: settings?.postalCode ?? null,
    city: settings?.city ?? null,
    country: settings?.country ?? null,
    taxId: settings?.taxId ?? null,
    bankName: settings?.bankName ?? null,
    bankAccount: settings?.bankAccount ?? null,
    paymentTermsDays: settings?.paymentTermsDays ?? DEFAULT_PAYMENT_TERMS_DAYS,
    footer: settings?.footer ?? null,
    missing: missingOf(settings),
    updatedAt: settings ? settings.updatedAt.toISOString() : null,
  };
}
