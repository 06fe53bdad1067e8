import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage, type Language } from '@/lib/i18n/i18n';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { SelectField } from '@/ui/select-field';
import { TextField } from '@/ui/text-field';
import { signUp, type SignupSession } from '../api/sign-up';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../utils/password-strength';
import { hasFieldErrors, problemSentence } from '../utils/problem-sentence';
import { applyServerFieldErrors, fieldMessage } from '../utils/server-field-errors';
import { browserTimeZone, countryChoices, guessCountry, timeZoneChoices } from '../utils/workshop-locale-defaults';
import { AccountPage } from './account-page';
import { BookingAddressPreview } from './booking-address-preview';
import { EmailField } from './email-field';
import { NewPasswordField } from './new-password-field';

const schema = z.object({
  workshopName: z.string().trim().min(1, { error: 'errors.workshopName' }).max(120, { error: 'errors.tooLong' }),
  ownerName: z.string().trim().min(1, { error: 'errors.ownerName' }).max(120, { error: 'errors.tooLong' }),
  email: z
    .string()
    .trim()
    .pipe(z.email({ error: 'errors.email' })),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: 'password.refused.short' })
    .max(MAX_PASSWORD_LENGTH, { error: 'password.refused.long' }),
  timezone: z.string().min(1),
  country: z.string().length(2),
  locale: z.enum(LANGUAGES),
});
type Values = z.infer<typeof schema>;

/** The API's field names are the form's. */
const API_FIELDS = {
  workshopName: 'workshopName',
  ownerName: 'ownerName',
  email: 'email',
  password: 'password',
  timezone: 'timezone',
  country: 'country',
  locale: 'locale',
} as const;

export function SignupForm({ onSignedUp }: { readonly onSignedUp: (session: SignupSession) => void }) {
  const { t, i18n } = useTranslation('account');
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  // The first guess only: a later language switch must not move what the person chose.
  const [defaults] = useState(() => {
    const timezone = browserTimeZone();
    return { timezone, country: guessCountry(timezone, navigator.languages ?? [], language) };
  });
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      workshopName: '',
      ownerName: '',
      email: '',
      password: '',
      timezone: defaults.timezone,
      country: defaults.country,
      locale: language,
    },
  });
  const signup = useMutation({
    mutationFn: signUp,
    onSuccess: onSignedUp,
    onError: (error) => applyServerFieldErrors(error, form.setError, API_FIELDS, t),
  });
  const zones = useMemo(() => timeZoneChoices(defaults.timezone), [defaults.timezone]);
  const countries = useMemo(() => countryChoices(language), [language]);
  const { errors } = form.formState;
  const [workshopName, ownerName, email] = form.watch(['workshopName', 'ownerName', 'email']);
  const failed =
    signup.error && !hasFieldErrors(signup.error) ? problemSentence(signup.error, t, i18n.language) : undefined;

  return (
    <AccountPage
      title={t('signup.title')}
      lede={t('signup.lede')}
      footer={
        <>
          {t('signup.haveAccount')}{' '}
          <Link to="/login" className="font-semibold text-ink underline underline-offset-4">
            {t('signup.signIn')}
          </Link>
        </>
      }
    >
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit((values) => signup.mutate(values))(event)}
        className="flex flex-col gap-4"
      >
        {failed ? <Alert tone="danger">{failed}</Alert> : null}
        <TextField
          label={t('fields.workshopName')}
          autoComplete="organization"
          autoFocus
          error={fieldMessage(t, errors.workshopName)}
          hint={<BookingAddressPreview workshopName={workshopName} />}
          {...form.register('workshopName')}
        />
        <TextField
          label={t('fields.ownerName')}
          autoComplete="name"
          error={fieldMessage(t, errors.ownerName)}
          {...form.register('ownerName')}
        />
        <EmailField hint={t('signup.emailHint')} error={fieldMessage(t, errors.email)} {...form.register('email')} />
        <Controller
          control={form.control}
          name="password"
          render={({ field, fieldState }) => (
            <NewPasswordField
              label={t('fields.password')}
              personalWords={[email, ownerName, workshopName]}
              error={fieldMessage(t, fieldState.error)}
              {...field}
            />
          )}
        />
        <fieldset className="flex min-w-0 flex-col gap-4 rounded-lg border border-line p-4">
          <legend className="px-1 text-sm font-semibold">{t('signup.whereLegend')}</legend>
          <SelectField
            label={t('fields.country')}
            autoComplete="country"
            error={fieldMessage(t, errors.country)}
            {...form.register('country')}
          >
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('fields.timeZone')}
            hint={t('signup.timeZoneHint')}
            error={fieldMessage(t, errors.timezone)}
            {...form.register('timezone')}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('fields.workshopLanguage')}
            hint={t('signup.languageHint')}
            error={fieldMessage(t, errors.locale)}
            {...form.register('locale')}
          >
            {LANGUAGES.map((option) => (
              <option key={option} value={option}>
                {LANGUAGE_NAMES[option]}
              </option>
            ))}
          </SelectField>
        </fieldset>
        <Button type="submit" size="lg" busy={signup.isPending}>
          {t('signup.submit')}
        </Button>
      </form>
    </AccountPage>
  );
}
