import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import type { Order } from '../api/order-queries';

/** The 409 `unapproved-lines`: which lines wait for the customer, and the way out. */
export function UnapprovedLines({
  order,
  onSendEstimate,
}: {
  readonly order: Order;
  readonly onSendEstimate: () => void;
}) {
  const { t } = useTranslation('orders');
  const pending = order.lines.filter((line) => line.approval === 'pending');
  return (
    <Alert tone="warning" title={t('unapproved.title', { count: pending.length })}>
      <ul className="my-2 list-disc pl-5">
        {pending.map((line) => (
          <li key={line.id}>{line.description}</li>
        ))}
      </ul>
      <Button size="sm" onClick={onSendEstimate} className="print:hidden">
        {t('unapproved.sendNew')}
      </Button>
    </Alert>
  );
}
