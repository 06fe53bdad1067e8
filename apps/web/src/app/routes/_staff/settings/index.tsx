import { createFileRoute } from '@tanstack/react-router';
import { NotFoundPage } from '../../../shell/not-found-page';

// Replaced by the settings feature's screens.
export const Route = createFileRoute('/_staff/settings/')({ component: NotFoundPage });
