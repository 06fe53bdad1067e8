import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { FormActions } from '@/ui/form-actions';
import { FormDialog, type DialogOpenState } from '@/ui/form-dialog';
import { SubmitForm } from '@/ui/submit-form';
import { TextAreaField } from '@/ui/text-area-field';
import { TextField } from '@/ui/text-field';
import { useRefreshRelated } from '../api/related-order-queries';

const DIGITS = /^\d{1,7}$/;

/**
 * Opens a repair order for the car whose page this is (the board's dialog finds the car first;
 * here it is known): the odometer at drop-off and the customer's complaint, then the order page.
 */
export function NewVehicleOrderDialog({ vehicleId, ...dialog }: { readonly vehicleId: string } & DialogOpenState) {
  const { t } = useTranslation('orders');
  return (
    <FormDialog {...dialog} title={t('newOrder.title')} description={t('newOrder.description')}>
      {(close) => <NewVehicleOrderForm vehicleId={vehicleId} onDone={close} />}
    </FormDialog>
  );
}

function NewVehicleOrderForm({ vehicleId, onDone }: { readonly vehicleId: string; readonly onDone: () => void }) {
  const { t } = useTranslation('orders');
  const navigate = useNavigate();
  const refresh = useRefreshRelated();
  const create = $api.useMutation('post', '/api/v1/repair-orders');
  const [mileage, setMileage] = useState('');
  const [complaint, setComplaint] = useState('');
  const [mileageError, setMileageError] = useState<string>();
  const problem = asProblem(create.error);
  const fieldError = (field: string) => problem?.errors?.find((error) => error.field === field)?.message;

  const submit = () => {
    const km = mileage.trim().replace(/\s/g, '');
    if (km !== '' && !DIGITS.test(km)) {
      setMileageError(t('newOrder.mileageInvalid'));
      return;
    }
    setMileageError(undefined);
    create.mutate(
      {
        body: {
          vehicleId,
          ...(km !== '' ? { mileageIn: Number(km) } : {}),
          ...(complaint.trim() ? { complaint: complaint.trim() } : {}),
        },
      },
      {
        onSuccess: (order) => {
          void refresh();
          onDone();
          void navigate({ to: '/orders/$orderId', params: { orderId: order.id } });
        },
      },
    );
  };

  return (
    <SubmitForm onSubmit={submit}>
      <TextField
        label={t('newOrder.mileage')}
        hint={t('newOrder.mileageHint')}
        inputMode="numeric"
        autoComplete="off"
        value={mileage}
        error={mileageError ?? fieldError('mileageIn')}
        onChange={(event) => {
          setMileage(event.target.value);
          setMileageError(undefined);
        }}
      />
      <TextAreaField
        label={t('newOrder.complaint')}
        rows={3}
        maxLength={4000}
        value={complaint}
        error={fieldError('complaint')}
        onChange={(event) => setComplaint(event.target.value)}
      />
      {create.isError && !problem?.errors?.length ? (
        <Alert tone="danger" title={t('newOrder.failed')}>
          {problem?.detail}
        </Alert>
      ) : null}
      <FormActions
        cancelLabel={t('cancel')}
        onCancel={onDone}
        submitLabel={t('newOrder.submit')}
        busy={create.isPending}
        stackOnPhone
      />
    </SubmitForm>
  );
}
