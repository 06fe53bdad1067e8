import { Link, useParams } from '@tanstack/react-router';
import { ArrowLeft } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '@/ui/load-failed';
import { LoadingRows } from '@/ui/skeleton';
import { isNotFound, useOrder, type Order } from '../api/order-queries';
import { ActivityCard } from './activity-card';
import { EstimatesCard } from './estimates-card';
import { LinesCard } from './lines-card';
import { MechanicsCard } from './mechanics-card';
import { OrderHeader } from './order-header';
import { OrderInvoiceCard } from './order-invoice-card';
import { SendEstimateDialog } from './send-estimate-dialog';
import { TimeCard } from './time-card';

/** `/orders/$orderId`: one repair order, everything the desk and the bay need about it. */
export function OrderPage({ notFound }: { readonly notFound: ReactNode }) {
  const { t } = useTranslation('orders');
  const { orderId } = useParams({ from: '/_staff/orders_/$orderId' });
  const order = useOrder(orderId);
  // Missing and another workshop's order are the same 404: the route's "not found" page.
  if (order.isError && isNotFound(order.error)) return notFound;
  if (order.isPending) return <LoadingRows label={t('page.loading')} rows={8} />;
  if (order.isError) {
    return <LoadFailed title={t('page.failed')} retryLabel={t('retry')} onRetry={() => void order.refetch()} />;
  }
  return <OrderDetails order={order.data} />;
}

function OrderDetails({ order }: { readonly order: Order }) {
  const { t } = useTranslation('orders');
  const [sending, setSending] = useState(false);
  return (
    <div className="flex flex-col gap-4">
      <Link
        to="/orders"
        className="inline-flex items-center gap-1 self-start py-1 text-sm text-ink-muted hover:text-ink hover:underline print:hidden"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t('page.back')}
      </Link>
      <OrderHeader order={order} onSendEstimate={() => setSending(true)} />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-4 lg:col-span-2">
          <OrderInvoiceCard order={order} />
          <LinesCard order={order} />
          <EstimatesCard order={order} onSendEstimate={() => setSending(true)} />
          <TimeCard order={order} />
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <MechanicsCard order={order} />
          <ActivityCard order={order} />
        </div>
      </div>
      <SendEstimateDialog order={order} open={sending} onOpenChange={setSending} />
    </div>
  );
}
