import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { useState } from 'react';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import { fromApi, type OpeningHours } from '../utils/opening-hours';
import { HoursEditor } from './hours-editor';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { 'schedule-settings': en } },
    interpolation: { escapeValue: false },
  });
});

let latest: OpeningHours;

function Editor({ initial, readOnly = false }: { readonly initial: OpeningHours; readonly readOnly?: boolean }) {
  const [hours, setHours] = useState(initial);
  latest = hours;
  return <HoursEditor hours={hours} onChange={setHours} readOnly={readOnly} errors={{}} />;
}

const workweek = () =>
  fromApi({
    mon: [{ start: '08:00', end: '17:00' }],
    tue: [{ start: '09:00', end: '13:00' }],
  });

const valueOf = (element: HTMLElement) => (element as HTMLInputElement).value;

const day = (name: string) => screen.getByRole('group', { name });

describe('HoursEditor', () => {
  it('adds a second range to a day and removes it again', async () => {
    const user = userEvent.setup();
    render(<Editor initial={workweek()} />);
    await user.click(within(day('Monday')).getByRole('button', { name: 'Add hours' }));
    expect(valueOf(within(day('Monday')).getByLabelText('Opens, range 2'))).toBe('18:00');
    expect(latest.mon).toEqual([
      { start: '08:00', end: '17:00' },
      { start: '18:00', end: '22:00' },
    ]);
    await user.click(within(day('Monday')).getByRole('button', { name: 'Remove 18:00–22:00' }));
    expect(latest.mon).toEqual([{ start: '08:00', end: '17:00' }]);
  });

  it('says under the day when two ranges overlap', async () => {
    const user = userEvent.setup();
    render(<Editor initial={workweek()} />);
    const monday = day('Monday');
    await user.click(within(monday).getByRole('button', { name: 'Add hours' }));
    fireEvent.change(within(monday).getByLabelText('Opens, range 2'), { target: { value: '12:00' } });
    const message = within(monday).getByText('Ranges on one day must not overlap.');
    expect(monday.getAttribute('aria-describedby')).toBe(message.id);
    expect(within(day('Tuesday')).queryByText(/overlap/)).toBeNull();
  });

  it('closes and reopens a day with its checkbox', async () => {
    const user = userEvent.setup();
    render(<Editor initial={workweek()} />);
    const open = within(day('Tuesday')).getByRole('checkbox', { name: 'Open' });
    await user.click(open);
    expect(latest.tue).toEqual([]);
    expect(within(day('Tuesday')).getByText('Closed').textContent).toBe('Closed');
    await user.click(open);
    expect(latest.tue).toEqual([{ start: '08:00', end: '17:00' }]);
  });

  it('opens a closed Saturday with a working day', async () => {
    const user = userEvent.setup();
    render(<Editor initial={workweek()} />);
    await user.click(within(day('Saturday')).getByRole('checkbox', { name: 'Open' }));
    expect(valueOf(within(day('Saturday')).getByLabelText('Closes, range 1'))).toBe('17:00');
  });

  it('copies Monday to Tuesday–Friday', async () => {
    const user = userEvent.setup();
    render(<Editor initial={workweek()} />);
    await user.click(screen.getByRole('button', { name: 'Copy Monday to Tuesday–Friday' }));
    for (const name of ['Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      expect(valueOf(within(day(name)).getByLabelText('Opens, range 1'))).toBe('08:00');
      expect(valueOf(within(day(name)).getByLabelText('Closes, range 1'))).toBe('17:00');
    }
    expect(latest.sat).toEqual([]);
  });

  it('shows a midnight close as 00:00 and offers no edits when read-only', () => {
    render(<Editor initial={fromApi({ fri: [{ start: '18:00', end: '24:00' }] })} readOnly />);
    expect(valueOf(within(day('Friday')).getByLabelText('Closes, range 1'))).toBe('00:00');
    expect(screen.queryByRole('button', { name: 'Add hours' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Copy Monday/ })).toBeNull();
  });
});
