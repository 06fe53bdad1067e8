import { UserMinus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { SelectField } from '@/ui/select-field';
import { useRefreshOrder, useStaff, type Order } from '../api/order-queries';

/** Who works on the car; owners and managers assign and unassign. */
export function MechanicsCard({ order }: { readonly order: Order }) {
  const { t } = useTranslation('orders');
  const me = useMe();
  const manager = roleAtLeast(me.role, 'manager');
  const staff = useStaff(manager);
  const refresh = useRefreshOrder();
  const assign = $api.useMutation('put', '/api/v1/repair-orders/{id}/mechanics/{userId}');
  const unassign = $api.useMutation('delete', '/api/v1/repair-orders/{id}/mechanics/{userId}');
  const [choice, setChoice] = useState('');
  const [failure, setFailure] = useState<string>();
  const candidates = (staff.data?.items ?? []).filter(
    (person) => !order.mechanics.some((assigned) => assigned.userId === person.id),
  );

  const run = async (call: () => Promise<unknown>, done: string) => {
    setFailure(undefined);
    try {
      await call();
      await refresh();
      toast.success(done);
    } catch (error) {
      setFailure(asProblem(error)?.detail ?? t('failed'));
    }
  };

  return (
    <Card title={t('mechanics.title')}>
      {order.mechanics.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('mechanics.none')}</p>
      ) : (
        <ul aria-label={t('mechanics.title')} className="flex flex-col divide-y divide-line">
          {order.mechanics.map((person) => (
            <li key={person.userId} className="flex items-center justify-between gap-2 py-2">
              <span className="font-medium">{person.name}</span>
              {manager ? (
                <Button
                  variant="ghost"
                  size="sm"
                  className="min-h-10 print:hidden"
                  aria-label={t('mechanics.remove', { name: person.name })}
                  onClick={() =>
                    void run(
                      () => unassign.mutateAsync({ params: { path: { id: order.id, userId: person.userId } } }),
                      t('mechanics.removed', { name: person.name }),
                    )
                  }
                >
                  <UserMinus aria-hidden="true" className="size-4" />
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {failure ? (
        <Alert tone="danger" className="mt-3">
          {failure}
        </Alert>
      ) : null}
      {manager ? (
        <form
          className="mt-3 flex items-end gap-2 print:hidden"
          onSubmit={(event) => {
            event.preventDefault();
            const person = candidates.find((candidate) => candidate.id === choice);
            if (!person) return;
            void run(
              async () => {
                await assign.mutateAsync({ params: { path: { id: order.id, userId: person.id } } });
                setChoice('');
              },
              t('mechanics.added', { name: person.name }),
            );
          }}
        >
          <SelectField
            label={t('mechanics.add')}
            className="min-w-0 flex-1"
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
            hint={staff.isError ? t('mechanics.staffFailed') : undefined}
          >
            <option value="">{staff.isPending ? t('page.loadingShort') : t('mechanics.choose')}</option>
            {candidates.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} ({t(`roles.${person.role}`)})
              </option>
            ))}
          </SelectField>
          <Button type="submit" variant="secondary" disabled={choice === ''} busy={assign.isPending} className="h-11">
            {t('mechanics.assign')}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}
