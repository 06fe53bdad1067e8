import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/ui/checkbox-field';
import { TextField } from '@/ui/text-field';
import type { ContactDraft, FieldErrors } from './booking-steps';

/** Who to expect and how to reach them, and the consent a booking needs. */
export function ContactStep({
  contact,
  workshopName,
  errors,
  onChange,
}: {
  readonly contact: ContactDraft;
  readonly workshopName: string;
  readonly errors: FieldErrors;
  readonly onChange: (contact: ContactDraft) => void;
}) {
  const { t } = useTranslation('public');
  const error = (field: keyof ContactDraft) => {
    const code = errors[field];
    return code ? t(`errors.${code}`, { defaultValue: code }) : undefined;
  };
  /** A required text field's value, change and error for one of the draft's fields. */
  const field = (name: Exclude<keyof ContactDraft, 'consent'>) => ({
    required: true,
    value: contact[name],
    onChange: (event: { target: { value: string } }) => onChange({ ...contact, [name]: event.target.value }),
    error: error(name),
  });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField label={t('contact.firstName')} autoComplete="given-name" maxLength={100} {...field('firstName')} />
      <TextField label={t('contact.lastName')} autoComplete="family-name" maxLength={100} {...field('lastName')} />
      <TextField
        label={t('contact.email')}
        type="email"
        inputMode="email"
        autoComplete="email"
        maxLength={254}
        hint={t('contact.emailHint')}
        {...field('email')}
      />
      <TextField
        label={t('contact.phone')}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        maxLength={32}
        {...field('phone')}
      />
      <CheckboxField
        className="sm:col-span-2"
        label={t('contact.consent', { workshop: workshopName })}
        checked={contact.consent}
        onChange={(event) => onChange({ ...contact, consent: event.target.checked })}
        error={error('consent')}
      />
    </div>
  );
}
