import { createFileRoute } from '@tanstack/react-router';
import { ComingSoonPage } from '../../shell/coming-soon-page';

export const Route = createFileRoute('/_staff/orders')({
  component: () => <ComingSoonPage screen="orders" />,
});
