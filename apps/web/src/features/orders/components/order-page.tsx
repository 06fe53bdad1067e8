import { Link, useParams } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '@/ui/back-link';
import { RecordLoader } from '@/ui/record-loader';
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
  return (
    <RecordLoader
      query={useOrder(orderId)}
      isNotFound={isNotFound}
      notFound={notFound}
      labels={{ loading: t('page.loading'), failed: t('page.failed'), retry: t('retry') }}
      rows={8}
    >
      {(order) => <OrderDetails order={order} />}
    </RecordLoader>
  );
}

function OrderDetails({ order }: { readonly order: Order }) {
  const { t } = useTranslation('orders');
  const [sending, setSending] = useState(false);
  return (
    <div className="flex flex-col gap-4">
      <BackLink className="self-start print:hidden">
        <Link to="/orders">{t('page.back')}</Link>
      </BackLink>
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
