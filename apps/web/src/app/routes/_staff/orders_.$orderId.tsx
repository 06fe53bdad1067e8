import { createFileRoute } from '@tanstack/react-router';
import { OrderPage } from '@/features/orders/components/order-page';
import { NotFoundInShell } from '../../shell/not-found-page';

// `orders_` keeps the order page out of the board's layout at `/orders` (its own screen, not a child).
export const Route = createFileRoute('/_staff/orders_/$orderId')({
  // On the API's 404 the page shows the app's "not found": missing and another workshop's look alike.
  component: () => <OrderPage notFound={<NotFoundInShell />} />,
});
