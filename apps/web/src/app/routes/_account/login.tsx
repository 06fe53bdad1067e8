import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { LoginPage } from '@/features/account/components/login-page';

const search = z.object({
  reason: z.enum(['idle', 'expired', 'revoked', 'suspended', 'logout', 'unknown']).optional().catch(undefined),
  /** Where to go after signing in: a path inside the app, never another origin. */
  next: z
    .string()
    .refine((value) => value.startsWith('/') && !value.startsWith('//'))
    .optional()
    .catch(undefined),
});

export const Route = createFileRoute('/_account/login')({
  validateSearch: search,
  component: LoginPage,
});
