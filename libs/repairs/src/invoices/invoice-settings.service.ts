import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { PutInvoiceSettingsDto } from './dto/put-invoice-settings.dto';
import { InvoiceErrors } from './invoice-errors';
import type { SellerSnapshot } from './invoice-parties';
import { InvoiceSettings } from './invoice-settings.entity';
import { InvoiceSettingsRepository, InvoiceSettingsValues } from './invoice-settings.repository';
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
    private readonly settings: InvoiceSettingsRepository,
    private readonly audit: AuditTrail,
  ) {}

  get(): Promise<InvoiceSettingsResponse> {
    return this.db.transaction(async () => present(await this.settings.find()));
  }

  put(actor: Principal, input: PutInvoiceSettingsDto): Promise<InvoiceSettingsResponse> {
    return this.db.transaction(async () => {
      const values = { updatedBy: actor.userId } as InvoiceSettingsValues & Record<string, unknown>;
      for (const field of FIELDS) values[field] = input[field] ?? null;
      values.paymentTermsDays = input.paymentTermsDays ?? DEFAULT_PAYMENT_TERMS_DAYS;
      const settings = await this.settings.replace(values);
      await this.audit.record({
        action: 'invoice_settings.updated',
        entityType: 'invoice_settings',
        entityId: settings.tenantId,
        changedFields: [...FIELDS, 'paymentTermsDays'],
      });
      return present(settings);
    });
  }

  /** The seller block of an invoice issued now, or 409 naming what is still missing. */
  seller(): Promise<SellerSnapshot> {
    return this.db.transaction(async () => {
      const settings = await this.settings.find();
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
    });
  }
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
