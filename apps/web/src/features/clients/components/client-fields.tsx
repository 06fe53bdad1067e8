import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/ui/checkbox-field';
import { TextAreaField } from '@/ui/text-area-field';
import { TextField } from '@/ui/text-field';
import type { ClientValues } from '../utils/client-form';

/**
 * A client's fields for the new and edit dialogs (inside their FormProvider). The national id is
 * offered only to those who may read it (owners and managers); typing one sets or replaces it.
 */
export function ClientFields({
  nationalIdAllowed,
  nationalIdOnFile,
}: {
  readonly nationalIdAllowed: boolean;
  readonly nationalIdOnFile?: string;
}) {
  const { t } = useTranslation('clients');
  const {
    register,
    watch,
    formState: { errors },
  } = useFormContext<ClientValues>();
  const message = (key: keyof ClientValues) => {
    const text = errors[key]?.message;
    if (!text) return undefined;
    return text.startsWith('form.errors.') ? t(text) : text;
  };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        label={t('fields.firstName')}
        autoComplete="off"
        error={message('firstName')}
        {...register('firstName')}
      />
      <TextField
        label={t('fields.lastName')}
        autoComplete="off"
        error={message('lastName')}
        {...register('lastName')}
      />
      <TextField
        label={t('fields.phone')}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        hint={t('fields.phoneHint')}
        error={message('phone')}
        {...register('phone')}
      />
      <TextField
        label={t('fields.email')}
        type="email"
        autoComplete="off"
        error={message('email')}
        {...register('email')}
      />
      {nationalIdAllowed ? (
        <div className="flex flex-col gap-2 sm:col-span-2">
          <TextField
            label={nationalIdOnFile ? t('fields.newNationalId') : t('fields.nationalId')}
            inputMode="numeric"
            autoComplete="off"
            hint={
              nationalIdOnFile ? t('fields.nationalIdKeep', { tail: nationalIdOnFile }) : t('fields.nationalIdHint')
            }
            error={message('nationalId')}
            disabled={watch('removeNationalId')}
            {...register('nationalId')}
          />
          {nationalIdOnFile ? (
            <CheckboxField label={t('fields.removeNationalId')} {...register('removeNationalId')} />
          ) : null}
        </div>
      ) : null}
      <TextAreaField
        label={t('fields.notes')}
        className="sm:col-span-2"
        error={message('notes')}
        {...register('notes')}
      />
      <CheckboxField className="sm:col-span-2" label={t('fields.gdprConsent')} {...register('gdprConsent')} />
    </div>
  );
}
