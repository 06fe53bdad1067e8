import { useQueryClient } from '@tanstack/react-query';
import { ExternalLink } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { $api } from '@/lib/api/api-client';
import { asProblem } from '@/lib/api/problem';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { LoadFailed } from '@/ui/load-failed';
import { PageHeader } from '@/ui/page-header';
import { LoadingRows } from '@/ui/skeleton';
import { SwitchField } from '@/ui/switch-field';
import { TextAreaField } from '@/ui/text-area-field';
import { TextField } from '@/ui/text-field';
import { bookingPageUrl, embedSnippet } from '../utils/embed-snippet';
import type { ScheduleSettings } from '../utils/schedule-form';
import { CopyButton } from './copy-button';
import { SCHEDULE_QUERY } from './schedule-page';

const HEX = /^#[0-9a-fA-F]{6}$/;
const PITLANE_ORANGE = '#c2410c';

/** `/settings/booking-page`: the switch, the public link, the accent colour and the widget snippet. */
export function BookingPageSettings() {
  const { t } = useTranslation('schedule-settings');
  const settings = $api.useQuery('get', '/api/v1/settings/schedule');
  return (
    <>
      <PageHeader title={t('bookingPage.title')} description={t('bookingPage.description')} />
      {settings.isPending ? (
        <LoadingRows label={t('loading')} rows={6} />
      ) : settings.isError ? (
        <LoadFailed title={t('loadFailed')} retryLabel={t('retry')} onRetry={() => void settings.refetch()} />
      ) : (
        <BookingPageForm settings={settings.data} />
      )}
    </>
  );
}

function BookingPageForm({ settings }: { readonly settings: ScheduleSettings }) {
  const { t } = useTranslation('schedule-settings');
  const me = useMe();
  const queryClient = useQueryClient();
  const readOnly = !roleAtLeast(me.role, 'manager');
  const [accent, setAccent] = useState(settings.bookingAccentColor);
  const [accentError, setAccentError] = useState<string>();
  const colorId = useId();
  const save = $api.useMutation('patch', '/api/v1/settings/schedule', {
    onSuccess: (saved, variables) => {
      queryClient.setQueryData(SCHEDULE_QUERY, saved);
      if (variables.body.bookingPageEnabled !== undefined) {
        toast.success(t(saved.bookingPageEnabled ? 'bookingPage.turnedOn' : 'bookingPage.turnedOff'));
      } else {
        toast.success(t('saved'));
      }
    },
    onError: (error) => {
      if (asProblem(error)?.errors?.some((problem) => problem.field === 'bookingAccentColor')) {
        setAccentError(t('bookingPage.accentInvalid'));
      } else {
        toast.error(asProblem(error)?.detail ?? t('error'));
      }
    },
  });
  const origin = window.location.origin;
  const { slug, name } = me.workshop;
  const pageUrl = bookingPageUrl(origin, slug);
  const snippet = embedSnippet(origin, slug, t('bookingPage.embedTitle', { name }));
  const saveAccent = () => {
    if (!HEX.test(accent)) return setAccentError(t('bookingPage.accentInvalid'));
    setAccentError(undefined);
    save.mutate({ body: { bookingAccentColor: accent } });
  };

  return (
    <div className="flex flex-col gap-6">
      {readOnly ? <Alert>{t('readOnly')}</Alert> : null}
      <Card title={t('bookingPage.status')}>
        <SwitchField
          label={t('bookingPage.enabled')}
          description={settings.bookingPageEnabled ? t('bookingPage.enabledOn') : t('bookingPage.enabledOff')}
          checked={settings.bookingPageEnabled}
          disabled={readOnly || save.isPending}
          onCheckedChange={(checked) => save.mutate({ body: { bookingPageEnabled: checked } })}
        />
      </Card>
      <Card title={t('bookingPage.link')}>
        <div className="flex flex-col gap-3">
          <TextField label={t('bookingPage.linkField')} value={pageUrl} readOnly className="min-w-0" />
          <div className="flex flex-wrap items-center gap-2">
            <CopyButton text={pageUrl} label={t('bookingPage.copyLink')} />
            <a
              href={pageUrl}
              target="_blank"
              rel="noreferrer"
              className="inline-flex items-center gap-1 text-sm font-medium text-brand-strong underline dark:text-brand"
            >
              {t('bookingPage.open')}
              <ExternalLink aria-hidden="true" className="size-4" />
            </a>
          </div>
        </div>
      </Card>
      <Card title={t('bookingPage.look')}>
        <form
          noValidate
          className="flex flex-col gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            saveAccent();
          }}
        >
          <fieldset disabled={readOnly} className="flex flex-wrap items-end gap-3">
            <div className="flex flex-col gap-1.5">
              <label htmlFor={colorId} className="text-sm font-medium">
                {t('bookingPage.accent')}
              </label>
              <input
                id={colorId}
                type="color"
                value={HEX.test(accent) ? accent.toLowerCase() : PITLANE_ORANGE}
                onChange={(event) => {
                  setAccent(event.target.value);
                  setAccentError(undefined);
                }}
                className="h-11 w-16 cursor-pointer rounded-lg border border-line bg-surface p-1"
              />
            </div>
            <TextField
              label={t('bookingPage.accentHex')}
              value={accent}
              maxLength={7}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => {
                setAccent(event.target.value.trim());
                setAccentError(undefined);
              }}
              error={accentError}
              className="w-48"
            />
            {readOnly ? null : (
              <>
                <Button type="submit" busy={save.isPending && save.variables?.body.bookingAccentColor !== undefined}>
                  {t('save')}
                </Button>
                <Button type="button" variant="ghost" onClick={() => setAccent(PITLANE_ORANGE)}>
                  {t('bookingPage.reset')}
                </Button>
              </>
            )}
          </fieldset>
          <p className="text-sm text-ink-muted">{t('bookingPage.accentHint')}</p>
        </form>
      </Card>
      <Card title={t('bookingPage.embed')}>
        <div className="flex flex-col gap-3">
          <p className="text-sm text-ink-muted">{t('bookingPage.embedBody')}</p>
          <TextAreaField
            label={t('bookingPage.snippet')}
            value={snippet}
            readOnly
            rows={5}
            spellCheck={false}
            className="font-mono text-sm"
          />
          <CopyButton text={snippet} label={t('bookingPage.copySnippet')} />
        </div>
      </Card>
      <Card title={t('bookingPage.preview')}>
        <p className="mb-3 text-sm text-ink-muted">{t('bookingPage.previewHint')}</p>
        <iframe
          key={`${settings.bookingAccentColor}-${settings.bookingPageEnabled}`}
          src={bookingPageUrl(origin, slug, true)}
          title={t('bookingPage.previewTitle')}
          loading="lazy"
          className="h-[560px] w-full max-w-[560px] rounded-lg border border-line bg-white"
        />
      </Card>
    </div>
  );
}
