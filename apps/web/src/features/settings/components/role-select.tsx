import { useTranslation } from 'react-i18next';
import type { Role } from '@/lib/session/me';

const ROLES: readonly Role[] = ['owner', 'manager', 'mechanic'];

export function RoleSelect({
  label,
  value,
  onChange,
  roles = ROLES,
}: {
  readonly label: string;
  readonly value: Role;
  readonly onChange: (role: Role) => void;
  readonly roles?: readonly Role[];
}) {
  const { t } = useTranslation('settings');
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(event) => {
        const next = roles.find((role) => role === event.target.value);
        if (next) onChange(next);
      }}
      className="h-9 rounded-lg border border-line bg-surface px-2 text-sm"
    >
      {roles.map((role) => (
        <option key={role} value={role}>
          {t(`roles.${role}`)}
        </option>
      ))}
    </select>
  );
}
