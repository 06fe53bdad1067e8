import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Globe } from 'lucide-react';
import { useState } from 'react';
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
import { SubmitForm } from '@/ui/submit-form';
import { TextField } from '@/ui/text-field';
import { wholeNumber } from '../utils/durations';
import { DAYS, type Day } from '../utils/opening-hours';
import {
  checkDraft,
  draftFieldOf,
  draftOf,
  LIMITS,
  resizeBayNames,
  type DraftProblem,
  type ScheduleDraft,
  type ScheduleSettings,
} from '../utils/schedule-form';
import { ClosedDatesEditor } from './closed-dates-editor';
import { DurationField } from './duration-field';
import { HoursEditor } from './hours-editor';

export const SCHEDULE_QUERY = ['get', '/api/v1/settings/schedule'] as const;

/** `/settings/schedule`: opening hours, closed dates, bays and the booking rules. */
export function SchedulePage() {
  const { t } = useTranslation('schedule-settings');
  const settings = $api.useQuery('get', '/api/v1/settings/schedule');
  return (
    <>
      <PageHeader title={t('schedule.title')} description={t('schedule.description')} />
      {settings.isPending ? (
        <LoadingRows label={t('loading')} rows={8} />
      ) : settings.isError ? (
        <LoadFailed title={t('loadFailed')} retryLabel={t('retry')} onRetry={() => void settings.refetch()} />
      ) : (
        <ScheduleForm settings={settings.data} />
      )}
    </>
  );
}

function ScheduleForm({ settings }: { readonly settings: ScheduleSettings }) {
  const { t } = useTranslation('schedule-settings');
  const me = useMe();
  const queryClient = useQueryClient();
  const readOnly = !roleAtLeast(me.role, 'manager');
  const [draft, setDraft] = useState<ScheduleDraft>(() => draftOf(settings));
  const [problems, setProblems] = useState<Map<string, DraftProblem>>(new Map());
  const [serverErrors, setServerErrors] = useState<Map<string, string>>(new Map());
  const save = $api.useMutation('patch', '/api/v1/settings/schedule', {
    onSuccess: (saved) => {
      toast.success(t('saved'));
      setDraft(draftOf(saved));
      setServerErrors(new Map());
      queryClient.setQueryData(SCHEDULE_QUERY, saved);
    },
    onError: (error) => {
      const fields = new Map<string, string>();
      for (const problem of asProblem(error)?.errors ?? []) fields.set(draftFieldOf(problem.field), problem.message);
      setServerErrors(fields);
    },
  });
  const update = (changes: Partial<ScheduleDraft>) => setDraft((current) => ({ ...current, ...changes }));

  const errorOf = (field: string): string | undefined => {
    const problem = problems.get(field);
    if (problem?.kind === 'number') return t('schedule.errors.number', { min: problem.min, max: problem.max });
    if (problem?.kind === 'duration') {
      return t('schedule.errors.duration', { max: t('minutes', { count: problem.max }) });
    }
    if (problem?.kind === 'bayName') return t('schedule.errors.bayName');
    const server = serverErrors.get(field);
    if (server === undefined) return undefined;
    // The API speaks English; the field's own words, in the person's language, say what it wants.
    const base = field.split('.')[0] ?? field;
    return t(`schedule.errors.${base}`, { defaultValue: server });
  };
  const dayErrors = Object.fromEntries(
    DAYS.map((day) => [day, serverErrors.has(`openingHours.${day}`) ? t('schedule.errors.openingHours') : undefined]),
  ) as Partial<Record<Day, string>>;

  const submit = () => {
    const checked = checkDraft(draft);
    setProblems(checked.problems);
    if (!checked.body) {
      const first = [...checked.problems.keys()][0];
      if (first) document.querySelector<HTMLElement>(`[data-field="${first}"] input`)?.focus();
      return;
    }
    save.mutate({ body: checked.body });
  };

  const setBayCount = (text: string) => {
    const count = wholeNumber(text);
    const valid = count !== null && count >= LIMITS.bays[0] && count <= LIMITS.bays[1];
    update({
      bays: text,
      ...(valid ? { bayNames: resizeBayNames(draft.bayNames, count, (n) => t('schedule.bayDefault', { n })) } : {}),
    });
  };

  const numberField = (field: 'slotMinutes' | 'bufferMinutes' | 'horizonDays', label: string, hint: string) => (
    <div data-field={field}>
      <TextField
        label={label}
        hint={hint}
        inputMode="numeric"
        autoComplete="off"
        value={draft[field]}
        onChange={(event) => update({ [field]: event.target.value })}
        error={errorOf(field)}
      />
    </div>
  );

  const formError = save.isError && serverErrors.size === 0;
  return (
    <SubmitForm onSubmit={submit} className="flex flex-col gap-6">
      {readOnly ? <Alert>{t('readOnly')}</Alert> : null}
      <Card title={t('schedule.timeZone')}>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
          <p className="flex items-center gap-2">
            <Globe aria-hidden="true" className="size-4 text-ink-muted" />
            {t('schedule.timeZoneBody', { zone: settings.timeZone })}
          </p>
          <Link to="/settings/workshop" className="text-sm font-medium text-brand-strong underline dark:text-brand">
            {t('schedule.timeZoneLink')}
          </Link>
        </div>
      </Card>
      <fieldset disabled={readOnly} className="contents">
        <Card title={t('schedule.hours')}>
          <p className="mb-3 text-sm text-ink-muted">{t('schedule.hoursHint')}</p>
          <HoursEditor
            hours={draft.hours}
            onChange={(hours) => update({ hours })}
            readOnly={readOnly}
            errors={dayErrors}
          />
        </Card>
        <Card title={t('schedule.closedDates')}>
          <p className="mb-3 text-sm text-ink-muted">{t('schedule.closedDatesHint')}</p>
          <ClosedDatesEditor
            dates={draft.closedDates}
            onChange={(closedDates) => update({ closedDates })}
            readOnly={readOnly}
            error={errorOf('closedDates')}
          />
        </Card>
        <Card title={t('schedule.bays')}>
          <div className="flex flex-col gap-4">
            <div data-field="bays" className="max-w-xs">
              <TextField
                label={t('schedule.bayCount')}
                inputMode="numeric"
                autoComplete="off"
                value={draft.bays}
                onChange={(event) => setBayCount(event.target.value)}
                error={errorOf('bays')}
              />
            </div>
            <p className="text-sm text-ink-muted">{t('schedule.bayNamesHint')}</p>
            <div className="grid gap-3 sm:grid-cols-2">
              {draft.bayNames.map((name, index) => (
                <div key={index} data-field={`bayNames.${index}`}>
                  <TextField
                    label={t('schedule.bayName', { n: index + 1 })}
                    value={name}
                    maxLength={60}
                    onChange={(event) =>
                      update({
                        bayNames: draft.bayNames.map((current, at) => (at === index ? event.target.value : current)),
                      })
                    }
                    error={errorOf(`bayNames.${index}`) ?? (index === 0 ? errorOf('bayNames') : undefined)}
                  />
                </div>
              ))}
            </div>
          </div>
        </Card>
        <Card title={t('schedule.rules')}>
          <div className="grid gap-4 sm:grid-cols-2">
            {numberField('slotMinutes', t('schedule.slotMinutes'), t('schedule.slotMinutesHint'))}
            {numberField('bufferMinutes', t('schedule.bufferMinutes'), t('schedule.bufferMinutesHint'))}
            <div data-field="minNotice">
              <DurationField
                label={t('schedule.minNotice')}
                hint={t('schedule.minNoticeHint')}
                value={draft.minNotice}
                onChange={(minNotice) => update({ minNotice })}
                error={errorOf('minNotice')}
              />
            </div>
            {numberField('horizonDays', t('schedule.horizonDays'), t('schedule.horizonDaysHint'))}
            <div data-field="cutoff">
              <DurationField
                label={t('schedule.cutoff')}
                hint={t('schedule.cutoffHint')}
                value={draft.cutoff}
                onChange={(cutoff) => update({ cutoff })}
                error={errorOf('cutoff')}
              />
            </div>
            <div data-field="reminder">
              <DurationField
                label={t('schedule.reminder')}
                hint={t('schedule.reminderHint')}
                value={draft.reminder}
                onChange={(reminder) => update({ reminder })}
                error={errorOf('reminder')}
              />
            </div>
          </div>
        </Card>
      </fieldset>
      {problems.size > 0 ? <Alert tone="danger">{t('schedule.errors.form')}</Alert> : null}
      {formError ? <Alert tone="danger">{asProblem(save.error)?.detail ?? t('error')}</Alert> : null}
      {readOnly ? null : (
        <div>
          <Button type="submit" busy={save.isPending}>
            {t('save')}
          </Button>
        </div>
      )}
    </SubmitForm>
  );
}
