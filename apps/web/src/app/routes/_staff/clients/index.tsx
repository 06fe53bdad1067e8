import { createFileRoute } from '@tanstack/react-router';
import { NotFoundPage } from '../../../shell/not-found-page';

// Replaced by the garage feature's screen.
export const Route = createFileRoute('/_staff/clients/')({ component: NotFoundPage });
