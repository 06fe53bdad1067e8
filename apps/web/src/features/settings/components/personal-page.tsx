import { zodResolver } from '@hookform/resolvers/zod';
import i18next from 'i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { z } from 'zod';
import { $api } from '@/lib/api/api-client';
import { applyFieldErrors, asProblem } from '@/lib/api/problem';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage, setLanguage } from '@/lib/i18n/i18n';
import { meQuery, useMe } from '@/lib/session/me';
import { setTheme, useTheme, type ThemeChoice } from '@/lib/session/theme';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { PageHeader } from '@/ui/page-header';
import { SelectField } from '@/ui/select-field';
import { TextField } from '@/ui/text-field';

const profileSchema = z.object({ name: z.string().trim().min(1).max(200), locale: z.enum(['workshop', ...LANGUAGES]) });
type ProfileForm = z.infer<typeof profileSchema>;

/** Name, language, theme and e-mail address of the signed-in person. */
export function PersonalPage() {
  const { t } = useTranslation('settings');
  const me = useMe();
  const queryClient = useQueryClient();
  const theme = useTheme();
  const form = useForm<ProfileForm>({
    resolver: zodResolver(profileSchema),
    defaultValues: { name: me.user.name, locale: isLanguage(me.user.locale) ? me.user.locale : 'workshop' },
  });
  const save = $api.useMutation('patch', '/api/v1/me', {
    onSuccess: async () => {
      const fresh = await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
      const language = fresh.user.locale ?? fresh.workshop.locale;
      if (isLanguage(language)) await setLanguage(language);
      // Said in the language just chosen.
      toast.success(i18next.t('saved', { ns: 'settings' }));
    },
    onError: (error) => applyFieldErrors(error, form.setError, ['name', 'locale']),
  });
  return (
    <>
      <PageHeader title={t('personal.title')} />
      <div className="flex flex-col gap-6">
        <Card title={t('personal.profile')}>
          <form
            noValidate
            className="flex max-w-md flex-col gap-4"
            onSubmit={(event) =>
              void form.handleSubmit((values) =>
                save.mutate({
                  body: { name: values.name, locale: values.locale === 'workshop' ? null : values.locale },
                }),
              )(event)
            }
          >
            <TextField
              label={t('personal.name')}
              autoComplete="name"
              error={form.formState.errors.name && t('personal.nameRequired')}
              {...form.register('name')}
            />
            <SelectField label={t('personal.language')} hint={t('personal.languageHint')} {...form.register('locale')}>
              <option value="workshop">
                {t('personal.workshopLanguage', {
                  language: isLanguage(me.workshop.locale) ? LANGUAGE_NAMES[me.workshop.locale] : me.workshop.locale,
                })}
              </option>
              {LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {LANGUAGE_NAMES[language]}
                </option>
              ))}
            </SelectField>
            {save.isError && !form.formState.errors.name ? (
              <Alert tone="danger">{asProblem(save.error)?.detail ?? t('error')}</Alert>
            ) : null}
            <div>
              <Button type="submit" busy={save.isPending}>
                {t('save')}
              </Button>
            </div>
          </form>
        </Card>
        <Card title={t('personal.theme')}>
          <fieldset className="flex flex-wrap gap-4">
            <legend className="sr-only">{t('personal.theme')}</legend>
            {(['system', 'light', 'dark'] as const satisfies readonly ThemeChoice[]).map((choice) => (
              <label key={choice} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="theme"
                  value={choice}
                  checked={theme === choice}
                  onChange={() => setTheme(choice)}
                  className="size-4 accent-brand"
                />
                {t(`personal.themes.${choice}`)}
              </label>
            ))}
          </fieldset>
        </Card>
        <EmailChangeCard currentEmail={me.user.email} />
      </div>
    </>
  );
}

function EmailChangeCard({ currentEmail }: { readonly currentEmail: string }) {
  const { t } = useTranslation('settings');
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const change = $api.useMutation('post', '/api/v1/me/email', {
    onSuccess: () => {
      setPassword('');
    },
  });
  return (
    <Card title={t('personal.email')}>
      <p className="mb-3 text-sm text-ink-muted">{t('personal.currentEmail', { email: currentEmail })}</p>
      {change.isSuccess ? (
        <Alert tone="success">{t('personal.emailSent', { email: newEmail })}</Alert>
      ) : (
        <form
          className="flex max-w-md flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            change.mutate({ body: { newEmail, password } });
          }}
        >
          <TextField
            label={t('personal.newEmail')}
            type="email"
            autoComplete="email"
            value={newEmail}
            onChange={(event) => setNewEmail(event.target.value)}
            required
          />
          <TextField
            label={t('personal.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
          {change.isError ? <Alert tone="danger">{asProblem(change.error)?.detail ?? t('error')}</Alert> : null}
          <div>
            <Button type="submit" variant="secondary" busy={change.isPending}>
              {t('personal.changeEmail')}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
