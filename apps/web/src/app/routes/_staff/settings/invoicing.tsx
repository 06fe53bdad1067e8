import { createFileRoute } from '@tanstack/react-router';
import { InvoicingSettingsPage } from '@/features/invoices/components/invoicing-settings-page';

export const Route = createFileRoute('/_staff/settings/invoicing')({ component: InvoicingSettingsPage });
