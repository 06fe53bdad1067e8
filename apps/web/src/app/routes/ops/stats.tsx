import { createFileRoute } from '@tanstack/react-router';

// The page (with Recharts) is in stats.lazy.tsx: the charts download only when it is opened.
export const Route = createFileRoute('/ops/stats')({});
