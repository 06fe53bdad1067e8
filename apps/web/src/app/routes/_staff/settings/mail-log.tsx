import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { MailLogPage } from '@/features/settings/components/mail-log-page';

export const Route = createFileRoute('/_staff/settings/mail-log')({
  validateSearch: z.object({
    page: z.coerce.number().int().min(1).catch(1).default(1),
    status: z.enum(['queued', 'sent', 'failed']).optional().catch(undefined),
  }),
  component: MailLogPage,
});
