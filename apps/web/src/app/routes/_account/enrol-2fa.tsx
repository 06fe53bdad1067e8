import { createFileRoute } from '@tanstack/react-router';
import { NotFoundPage } from '../../shell/not-found-page';

// Replaced by the account feature's forced enrolment.
export const Route = createFileRoute('/_account/enrol-2fa')({ component: NotFoundPage });
