import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';
import { FormActions } from '@/ui/form-actions';
import { SubmitForm } from '@/ui/submit-form';
import { TextAreaField } from '@/ui/text-area-field';
import { useRefreshOrder, type Order } from '../api/order-queries';

/** Freezes the pending lines as a new estimate version and mails it (or hands out the link). */
export function SendEstimateDialog({
  order,
  open,
  onOpenChange,
}: {
  readonly order: Order;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation('orders');
  const refresh = useRefreshOrder();
  const send = $api.useMutation('post', '/api/v1/repair-orders/{id}/estimates');
  const [message, setMessage] = useState('');
  const close = (next: boolean) => {
    if (!next) {
      send.reset();
      setMessage('');
    }
    onOpenChange(next);
  };
  const pending = order.lines.filter((line) => line.approval === 'pending');

  const submit = async () => {
    try {
      const sent = await send.mutateAsync({
        params: { path: { id: order.id } },
        body: message.trim() === '' ? {} : { message: message.trim() },
      });
      await refresh();
      if (sent.mailed) {
        toast.success(t('sendEstimate.mailed', { version: sent.version }));
        close(false);
      }
    } catch {
      // Shown in the dialog from the mutation's error.
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={t('sendEstimate.title')}
      description={t('sendEstimate.body', { count: pending.length })}
    >
      {send.data && !send.data.mailed ? (
        <div className="flex flex-col gap-3">
          <Alert tone="info" title={t('sendEstimate.notMailed')}>
            {t('sendEstimate.passLink')}
          </Alert>
          {send.data.link ? (
            <input
              readOnly
              aria-label={t('sendEstimate.link')}
              value={send.data.link}
              className="h-11 rounded-lg border border-line bg-surface-2 px-3 font-mono text-sm"
              onFocus={(event) => event.target.select()}
            />
          ) : null}
          <div className="flex justify-end">
            <Button onClick={() => close(false)}>{t('done')}</Button>
          </div>
        </div>
      ) : (
        <SubmitForm onSubmit={submit}>
          <ul className="list-disc pl-5 text-sm">
            {pending.map((line) => (
              <li key={line.id}>{line.description}</li>
            ))}
          </ul>
          <TextAreaField
            label={t('sendEstimate.message')}
            hint={t('sendEstimate.messageHint')}
            value={message}
            maxLength={1000}
            rows={3}
            onChange={(event) => setMessage(event.target.value)}
          />
          {send.isError ? <Alert tone="danger">{asProblem(send.error)?.detail ?? t('failed')}</Alert> : null}
          <FormActions
            cancelLabel={t('cancel')}
            onCancel={() => close(false)}
            submitLabel={t('sendEstimate.submit')}
            busy={send.isPending}
          />
        </SubmitForm>
      )}
    </Dialog>
  );
}
