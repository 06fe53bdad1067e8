import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '@/lib/session/me';
import en from '../locales/en.json';
import { StaffMemberRow } from './staff-member-row';

const member = (role: Role) => ({
  id: 'a5b0d7a2-3c1e-4f4e-9a57-6d1c2b8e9f10',
  name: 'Marek Nowak',
  email: 'marek@example.pl',
  role,
  joinedAt: '2026-03-01T09:00:00.000Z',
});

function renderRow(props: { role: Role; viewer: Role; self?: boolean; owners?: number }) {
  const onRole = vi.fn();
  const onRemove = vi.fn();
  render(
    <ul>
      <StaffMemberRow
        member={member(props.role)}
        viewerRole={props.viewer}
        self={props.self ?? false}
        owners={props.owners ?? 1}
        onRole={onRole}
        onRemove={onRemove}
      />
    </ul>,
  );
  return { onRole, onRemove };
}

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { settings: en } },
    interpolation: { escapeValue: false },
  });
});

describe('a staff member row offers what the viewer may do (the API’s rules)', () => {
  it('lets an owner change anyone’s role, owner included, and remove them', async () => {
    const { onRole } = renderRow({ role: 'mechanic', viewer: 'owner' });
    const select = screen.getByRole('combobox', { name: 'Role of Marek Nowak' });
    expect([...select.querySelectorAll('option')].map((option) => option.value)).toEqual([
      'owner',
      'manager',
      'mechanic',
    ]);
    await userEvent.selectOptions(select, 'manager');
    expect(onRole).toHaveBeenCalledWith('manager');
    screen.getByRole('button', { name: 'Actions for Marek Nowak' });
  });

  it('lets a manager move people between mechanic and manager, never to owner', () => {
    renderRow({ role: 'mechanic', viewer: 'manager' });
    const select = screen.getByRole('combobox', { name: 'Role of Marek Nowak' });
    expect([...select.querySelectorAll('option')].map((option) => option.value)).toEqual(['manager', 'mechanic']);
  });

  it('shows a manager an owner’s role without a way to change or remove them', () => {
    renderRow({ role: 'owner', viewer: 'manager' });
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    screen.getByText('Owner');
  });

  it('shows a mechanic roles only', () => {
    renderRow({ role: 'manager', viewer: 'mechanic' });
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('tells the only owner why they cannot change their own role', () => {
    renderRow({ role: 'owner', viewer: 'owner', self: true, owners: 1 });
    expect(screen.queryByRole('combobox')).toBeNull();
    screen.getByText(/You are the only owner\./);
  });

  it('lets an owner with a co-owner choose their own role, and never remove themselves', () => {
    renderRow({ role: 'owner', viewer: 'owner', self: true, owners: 2 });
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Your role' }).value).toBe('owner');
    expect(screen.queryByText(/You are the only owner\./)).toBeNull();
    expect(screen.queryByRole('button', { name: /^Actions for/ })).toBeNull();
  });
});
