import { createFileRoute } from '@tanstack/react-router';
import { OrderBoardPage } from '@/features/order-board/components/order-board-page';
import { boardSearchSchema } from '@/features/order-board/utils/board-search';

export const Route = createFileRoute('/_staff/orders/')({
  validateSearch: boardSearchSchema,
  component: OrderBoardPage,
});
