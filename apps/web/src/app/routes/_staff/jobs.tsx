import { createFileRoute } from '@tanstack/react-router';
import { MyJobsPage } from '@/features/my-jobs/components/my-jobs-page';

export const Route = createFileRoute('/_staff/jobs')({ component: MyJobsPage });
