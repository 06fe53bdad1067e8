import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { OperatorAuditPage } from '@/features/operator-console/components/operator-audit-page';

export const Route = createFileRoute('/ops/audit')({
  validateSearch: z.object({ page: z.coerce.number().int().min(1).catch(1).default(1) }),
  component: OperatorAuditPage,
});
