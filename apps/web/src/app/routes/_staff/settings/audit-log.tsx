import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { AuditLogPage } from '@/features/settings/components/audit-log-page';

export const Route = createFileRoute('/_staff/settings/audit-log')({
  validateSearch: z.object({ page: z.coerce.number().int().min(1).catch(1).default(1) }),
  component: AuditLogPage,
});
