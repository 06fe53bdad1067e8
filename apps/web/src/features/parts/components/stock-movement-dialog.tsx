import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Dialog } from '@/ui/dialog';
import { FormActions } from '@/ui/form-actions';
import { TextAreaField } from '@/ui/text-area-field';
import { TextField } from '@/ui/text-field';
import { useRefreshParts, type Part } from '../api/part-queries';
import { useMoney } from '../hooks/use-money';
import { parseMoneyToMinor, parseQuantity } from '../utils/money';
import { insufficientStock } from '../utils/problem-is';

export type ManualMovement = 'receive' | 'adjust';

/**
 * "Receive" (a delivery: units in, its cost optional) and "Adjust" (a count correction: signed
 * units). Both ask for a reason; the API refuses to take stock below zero, and that refusal is
 * explained here in words, with the numbers.
 */
export function StockMovementDialog({
  part,
  kind,
  onClose,
}: {
  readonly part: Part;
  readonly kind: ManualMovement | null;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('parts');
  return (
    <Dialog
      open={kind !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={
        kind === 'adjust'
          ? t('movement.adjustTitle', { name: part.name })
          : t('movement.receiveTitle', { name: part.name })
      }
      description={t('movement.onHandNow', { count: part.onHand })}
    >
      {kind ? <MovementForm key={kind} part={part} kind={kind} onDone={onClose} /> : null}
    </Dialog>
  );
}

function MovementForm({
  part,
  kind,
  onDone,
}: {
  readonly part: Part;
  readonly kind: ManualMovement;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation('parts');
  const money = useMoney();
  const refresh = useRefreshParts();
  const record = $api.useMutation('post', '/api/v1/parts/{id}/movements');
  const [quantity, setQuantity] = useState('');
  const [reason, setReason] = useState('');
  const [cost, setCost] = useState('');
  const [errors, setErrors] = useState<{ quantity?: string; reason?: string; cost?: string }>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const units = parseQuantity(quantity, { signed: kind === 'adjust' });
    const unitCostMinor = cost.trim() === '' ? undefined : parseMoneyToMinor(cost);
    const next = {
      quantity:
        units === undefined
          ? t(kind === 'adjust' ? 'movement.errors.adjustQuantity' : 'movement.errors.receiveQuantity')
          : undefined,
      reason: reason.trim() === '' ? t('movement.errors.reason') : undefined,
      cost: cost.trim() !== '' && unitCostMinor === undefined ? t('form.errors.money') : undefined,
    };
    setErrors(next);
    if (next.quantity || next.reason || next.cost || units === undefined) return;
    try {
      await record.mutateAsync({
        params: { path: { id: part.id } },
        body: {
          kind,
          quantity: units,
          reason: reason.trim(),
          ...(kind === 'receive' && unitCostMinor !== undefined ? { unitCostMinor } : {}),
        },
      });
    } catch {
      return; // Shown in place below.
    }
    toast.success(
      kind === 'receive'
        ? t('movement.received', { count: units })
        : t('movement.adjusted', { count: Math.abs(units) }),
    );
    await refresh();
    onDone();
  }

  const short = insufficientStock(record.error);
  const problem = asProblem(record.error);
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
      <TextField
        label={kind === 'adjust' ? t('movement.adjustQuantity') : t('movement.receiveQuantity')}
        hint={kind === 'adjust' ? t('movement.adjustQuantityHint') : undefined}
        inputMode={kind === 'adjust' ? 'text' : 'numeric'}
        autoComplete="off"
        value={quantity}
        onChange={(event) => setQuantity(event.target.value)}
        error={errors.quantity}
      />
      {kind === 'receive' ? (
        <TextField
          label={t('movement.unitCost', { currency: money.currency })}
          hint={t('movement.unitCostHint')}
          inputMode="decimal"
          autoComplete="off"
          value={cost}
          onChange={(event) => setCost(event.target.value)}
          error={errors.cost}
        />
      ) : null}
      <TextAreaField
        label={t('movement.reason')}
        hint={kind === 'adjust' ? t('movement.reasonAdjustHint') : t('movement.reasonReceiveHint')}
        rows={2}
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.reason}
      />
      {short ? (
        <Alert tone="danger" title={t('movement.belowZeroTitle')}>
          {t('movement.belowZero', { onHand: short.onHand, requested: short.requested, count: short.onHand })}
        </Alert>
      ) : record.isError ? (
        <Alert tone="danger">{problem?.detail ?? t('movement.failed')}</Alert>
      ) : null}
      <FormActions
        cancelLabel={t('cancel')}
        onCancel={onDone}
        submitLabel={kind === 'adjust' ? t('movement.adjustSubmit') : t('movement.receiveSubmit')}
        busy={record.isPending}
      />
    </form>
  );
}
