import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { z } from 'zod';
import { $api } from '@/lib/api/api-client';
import { applyFieldErrors, asProblem } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';
import { LANGUAGES, LANGUAGE_NAMES } from '@/lib/i18n/i18n';
import { meQuery, useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { PageHeader } from '@/ui/page-header';
import { SelectField } from '@/ui/select-field';
import { LoadingRows } from '@/ui/skeleton';
import { TextField } from '@/ui/text-field';

type Profile = components['schemas']['WorkshopProfileResponse'];

const schema = z.object({
  name: z.string().trim().min(1).max(120),
  street: z.string().trim().max(200),
  postalCode: z.string().trim().max(20),
  city: z.string().trim().max(100),
  country: z.string().trim().length(2),
  phone: z.string().trim().max(40),
  publicEmail: z.union([z.literal(''), z.email()]),
  locale: z.enum(LANGUAGES),
  timeZone: z.string().min(1),
});
type ProfileForm = z.infer<typeof schema>;
const FIELDS = [
  'name',
  'street',
  'postalCode',
  'city',
  'country',
  'phone',
  'publicEmail',
  'locale',
  'timeZone',
] as const;

/** Name, address, phone, language and time zone; owners edit, everyone else reads. */
export function WorkshopPage() {
  const { t } = useTranslation('settings');
  const profile = $api.useQuery('get', '/api/v1/settings/workshop');
  return (
    <>
      <PageHeader title={t('workshop.title')} description={t('workshop.description')} />
      {profile.isPending ? (
        <LoadingRows label={t('loading')} />
      ) : profile.isError ? (
        <Alert tone="danger">{t('loadFailed')}</Alert>
      ) : (
        <WorkshopForm profile={profile.data} />
      )}
    </>
  );
}

function WorkshopForm({ profile }: { readonly profile: Profile }) {
  const { t } = useTranslation('settings');
  const me = useMe();
  const queryClient = useQueryClient();
  const readOnly = me.role !== 'owner';
  const form = useForm<ProfileForm>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: profile.name,
      street: profile.street ?? '',
      postalCode: profile.postalCode ?? '',
      city: profile.city ?? '',
      country: profile.country,
      phone: profile.phone ?? '',
      publicEmail: profile.publicEmail ?? '',
      locale: LANGUAGES.find((language) => language === profile.locale) ?? 'en',
      timeZone: profile.timeZone,
    },
  });
  const save = $api.useMutation('patch', '/api/v1/settings/workshop', {
    onSuccess: () => {
      toast.success(t('saved'));
      void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/settings/workshop'] });
      void queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    },
    onError: (error) => {
      // The API's verdict lands on its fields; the first of them takes the focus, as zod's do.
      if (!applyFieldErrors(error, form.setError, FIELDS)) return;
      const first = FIELDS.find((field) => form.getFieldState(field).error);
      if (first) form.setFocus(first);
    },
  });
  const zones = Intl.supportedValuesOf('timeZone');
  // In the person's language, whether zod or the API found it: the API's own words are English.
  const error = (field: keyof ProfileForm) =>
    form.formState.errors[field] ? t(`workshop.errors.${field}`, { defaultValue: t('workshop.invalid') }) : undefined;
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit((values) =>
          save.mutate({
            body: {
              ...values,
              street: values.street || null,
              postalCode: values.postalCode || null,
              city: values.city || null,
              phone: values.phone || null,
              publicEmail: values.publicEmail || null,
            },
          }),
        )(event)
      }
      className="flex flex-col gap-6"
    >
      {readOnly ? <Alert>{t('workshop.readOnly')}</Alert> : null}
      <fieldset disabled={readOnly} className="contents">
        <Card title={t('workshop.identity')}>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label={t('workshop.name')} error={error('name')} {...form.register('name')} />
            <TextField
              label={t('workshop.bookingAddress')}
              value={`${window.location.origin}/book/${profile.slug}`}
              readOnly
              hint={t('workshop.slugHint')}
            />
          </div>
        </Card>
        <Card title={t('workshop.contact')}>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label={t('workshop.street')}
              autoComplete="street-address"
              error={error('street')}
              {...form.register('street')}
            />
            <TextField
              label={t('workshop.postalCode')}
              autoComplete="postal-code"
              error={error('postalCode')}
              {...form.register('postalCode')}
            />
            <TextField
              label={t('workshop.city')}
              autoComplete="address-level2"
              error={error('city')}
              {...form.register('city')}
            />
            <TextField
              label={t('workshop.country')}
              hint={t('workshop.countryHint')}
              autoComplete="country"
              maxLength={2}
              error={error('country')}
              {...form.register('country')}
            />
            <TextField
              label={t('workshop.phone')}
              type="tel"
              autoComplete="tel"
              error={error('phone')}
              {...form.register('phone')}
            />
            <TextField
              label={t('workshop.publicEmail')}
              type="email"
              hint={t('workshop.publicEmailHint')}
              error={error('publicEmail')}
              {...form.register('publicEmail')}
            />
          </div>
        </Card>
        <Card title={t('workshop.regional')}>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField label={t('workshop.locale')} hint={t('workshop.localeHint')} {...form.register('locale')}>
              {LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {LANGUAGE_NAMES[language]}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('workshop.timeZone')} error={error('timeZone')} {...form.register('timeZone')}>
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('workshop.currency')}
              value={profile.currency}
              readOnly
              hint={t('workshop.currencyHint')}
            />
          </div>
        </Card>
      </fieldset>
      {save.isError && !Object.keys(form.formState.errors).length ? (
        <Alert tone="danger">{asProblem(save.error)?.detail ?? t('error')}</Alert>
      ) : null}
      {readOnly ? null : (
        <div>
          <Button type="submit" busy={save.isPending}>
            {t('save')}
          </Button>
        </div>
      )}
    </form>
  );
}
