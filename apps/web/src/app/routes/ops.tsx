import { createFileRoute } from '@tanstack/react-router';
import { OpsShell } from '@/features/operator-console/components/ops-shell';

// The operator console: its own session (operator token, never a workshop's) and frame.
export const Route = createFileRoute('/ops')({
  component: OpsShell,
});
