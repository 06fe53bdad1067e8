import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/ui/select-field';
import { TextField } from '@/ui/text-field';
import {
  GRANULARITIES,
  RANGE_PRESETS,
  rangeProblem,
  searchForPreset,
  type ReportRange,
  type ReportSearch,
} from '../utils/report-range';

/** Range and granularity pickers; every change replaces the URL's search, which drives the reports. */
export function RangeControls({ shown }: { readonly shown: ReportRange | undefined }) {
  const { t } = useTranslation('reports');
  const search = useSearch({ from: '/_staff/reports' });
  const navigate = useNavigate({ from: '/reports' });
  const preset = search.range ?? 'this-month';
  const set = (next: ReportSearch) => void navigate({ search: next, replace: true });
  const problem = preset === 'custom' ? rangeProblem(search.from, search.to) : undefined;

  return (
    <section
      aria-label={t('range.label')}
      className="mb-6 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-start"
    >
      <SelectField
        label={t('range.preset')}
        value={preset}
        onChange={(event) => {
          const next = RANGE_PRESETS.find((value) => value === event.target.value);
          if (next) set(searchForPreset(next, shown, search));
        }}
      >
        {RANGE_PRESETS.map((value) => (
          <option key={value} value={value}>
            {t(`range.presets.${value}`)}
          </option>
        ))}
      </SelectField>
      {preset === 'custom' ? (
        <>
          <TextField
            label={t('range.from')}
            type="date"
            value={search.from ?? ''}
            max={search.to}
            onChange={(event) => set({ ...search, from: event.target.value || undefined })}
            error={problem === 'missing' && !search.from ? t('range.problems.missing') : undefined}
          />
          <TextField
            label={t('range.to')}
            type="date"
            value={search.to ?? ''}
            min={search.from}
            onChange={(event) => set({ ...search, to: event.target.value || undefined })}
            error={
              problem === 'order' || problem === 'too-long'
                ? t(`range.problems.${problem}`)
                : problem === 'missing' && search.from
                  ? t('range.problems.missing')
                  : undefined
            }
          />
        </>
      ) : null}
      <SelectField
        label={t('range.granularity')}
        value={shown?.granularity ?? search.granularity ?? 'day'}
        onChange={(event) => {
          const next = GRANULARITIES.find((value) => value === event.target.value);
          if (next) set({ ...search, granularity: next });
        }}
      >
        {GRANULARITIES.map((value) => (
          <option key={value} value={value}>
            {t(`granularity.${value}`)}
          </option>
        ))}
      </SelectField>
    </section>
  );
}
