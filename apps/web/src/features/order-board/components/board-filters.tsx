import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/session/me';
import { Button } from '@/ui/button';
import { CheckboxField } from '@/ui/checkbox-field';
import { SelectField } from '@/ui/select-field';
import { TextField } from '@/ui/text-field';
import { useStaff } from '../api/board-queries';
import { hasFilters, type BoardSearch } from '../utils/board-search';

/** "My jobs", a mechanic and a date range; every change goes into the URL (Back undoes it). */
export function BoardFilters({ search }: { readonly search: BoardSearch }) {
  const { t } = useTranslation('order-board');
  const me = useMe();
  const staff = useStaff();
  const navigate = useNavigate({ from: '/orders/' });
  const set = (changes: Partial<BoardSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...changes }), replace: false });
  const people = staff.data?.items ?? [];

  return (
    <form
      role="search"
      aria-label={t('filters.label')}
      className="mb-4 flex flex-wrap items-end gap-x-4 gap-y-3"
      onSubmit={(event) => event.preventDefault()}
    >
      <CheckboxField
        className="min-h-11 w-full justify-center sm:w-auto"
        label={t('filters.mine')}
        checked={Boolean(search.mine)}
        onChange={(event) => set({ mine: event.target.checked || undefined, mechanic: undefined })}
      />
      <SelectField
        className="w-[calc(50%-0.5rem)] sm:w-52"
        label={t('filters.mechanic')}
        value={search.mine ? me.user.id : (search.mechanic ?? '')}
        disabled={Boolean(search.mine)}
        onChange={(event) => set({ mechanic: event.target.value || undefined })}
      >
        <option value="">{t('filters.anyone')}</option>
        {search.mine && !people.some((person) => person.id === me.user.id) ? (
          <option value={me.user.id}>{me.user.name}</option>
        ) : null}
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        className="w-[calc(50%-0.5rem)] sm:w-44"
        label={t('filters.dateField')}
        value={search.date ?? 'promised'}
        onChange={(event) => set({ date: event.target.value === 'created' ? 'created' : undefined })}
      >
        <option value="promised">{t('filters.promised')}</option>
        <option value="created">{t('filters.created')}</option>
      </SelectField>
      <div className="flex w-full gap-3 sm:w-auto">
        <TextField
          className="min-w-0 flex-1 sm:w-40"
          type="date"
          label={t('filters.from')}
          value={search.from ?? ''}
          max={search.to}
          onChange={(event) => set({ from: event.target.value || undefined })}
        />
        <TextField
          className="min-w-0 flex-1 sm:w-40"
          type="date"
          label={t('filters.to')}
          value={search.to ?? ''}
          min={search.from}
          onChange={(event) => set({ to: event.target.value || undefined })}
        />
      </div>
      {hasFilters(search) ? (
        <Button
          variant="ghost"
          className="h-11"
          onClick={() => set({ mine: undefined, mechanic: undefined, from: undefined, to: undefined, date: undefined })}
        >
          {t('filters.clear')}
        </Button>
      ) : null}
    </form>
  );
}
