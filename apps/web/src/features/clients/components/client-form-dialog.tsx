import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from '@tanstack/react-router';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { applyFieldErrors, asProblem } from '@/lib/api/problem';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { FormActions } from '@/ui/form-actions';
import { FormDialog, type DialogOpenState } from '@/ui/form-dialog';
import { useRefreshClients, type Client } from '../api/client-queries';
import {
  CLIENT_FIELDS,
  clientSchema,
  EMPTY_CLIENT,
  toClientPatch,
  toCreateClientBody,
  valuesOf,
  type ClientValues,
} from '../utils/client-form';
import { nationalIdTail } from '../utils/national-id';
import { ClientFields } from './client-fields';

/**
 * Edits `client`, or without one adds a client on their own (a phone enquiry before any car; with
 * a car, "New vehicle" makes both at once) and opens their page.
 */
export function ClientFormDialog({
  client,
  ...dialog
}: {
  readonly client?: Client;
} & DialogOpenState) {
  const { t } = useTranslation('clients');
  return (
    <FormDialog {...dialog} title={client ? t('edit.title') : t('new.title')} className="sm:max-w-2xl">
      {(close) => <ClientForm client={client} onDone={close} />}
    </FormDialog>
  );
}

function ClientForm({ client, onDone }: { readonly client?: Client; readonly onDone: () => void }) {
  const { t } = useTranslation('clients');
  const me = useMe();
  const navigate = useNavigate();
  const refresh = useRefreshClients();
  const create = $api.useMutation('post', '/api/v1/clients');
  const update = $api.useMutation('patch', '/api/v1/clients/{id}');
  const form = useForm<ClientValues>({
    resolver: zodResolver(clientSchema),
    defaultValues: client ? valuesOf(client) : EMPTY_CLIENT,
  });
  const call = client ? update : create;

  const submit = form.handleSubmit(async (values) => {
    try {
      if (client) {
        const body = toClientPatch(client, values);
        if (Object.keys(body).length > 0) {
          await update.mutateAsync({ params: { path: { id: client.id } }, body });
          toast.success(t('edit.saved'));
        }
        await refresh();
        return onDone();
      }
      const created = await create.mutateAsync({ body: toCreateClientBody(values) });
      await refresh();
      toast.success(t('new.created', { name: `${created.firstName} ${created.lastName}` }));
      onDone();
      await navigate({ to: '/clients/$clientId', params: { clientId: created.id } });
    } catch (error) {
      applyFieldErrors(error, form.setError, CLIENT_FIELDS);
    }
  });

  const problem = asProblem(call.error);
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
        <ClientFields
          nationalIdAllowed={roleAtLeast(me.role, 'manager')}
          nationalIdOnFile={client?.nationalId ? nationalIdTail(client.nationalId) : undefined}
        />
        {call.isError && !problem?.errors?.length ? (
          <Alert tone="danger">{problem?.detail ?? (client ? t('edit.failed') : t('new.failed'))}</Alert>
        ) : null}
        <FormActions
          cancelLabel={t('cancel')}
          onCancel={onDone}
          submitLabel={client ? t('edit.save') : t('new.submit')}
          busy={form.formState.isSubmitting}
        />
      </form>
    </FormProvider>
  );
}
