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
  const set = (field: Exclude<keyof ContactDraft, 'consent'>) => (event: { target: { value: string } }) =>
    onChange({ ...contact, [field]: event.target.value });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        label={t('contact.firstName')}
        value={contact.firstName}
        onChange={set('firstName')}
        autoComplete="given-name"
        maxLength={100}
        required
        error={error('firstName')}
      />
      <TextField
        label={t('contact.lastName')}
        value={contact.lastName}
        onChange={set('lastName')}
        autoComplete="family-name"
        maxLength={100}
        required
        error={error('lastName')}
      />
      <TextField
        label={t('contact.email')}
        type="email"
        inputMode="email"
        value={contact.email}
        onChange={set('email')}
        autoComplete="email"
        maxLength={254}
        required
        hint={t('contact.emailHint')}
        error={error('email')}
      />
      <TextField
        label={t('contact.phone')}
        type="tel"
        inputMode="tel"
        value={contact.phone}
        onChange={set('phone')}
        autoComplete="tel"
        maxLength={32}
        required
        error={error('phone')}
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
