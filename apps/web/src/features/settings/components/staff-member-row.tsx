import { MoreVertical } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema.gen';
import type { Role } from '@/lib/session/me';
import { Badge } from '@/ui/badge';
import { Button } from '@/ui/button';
import { DropdownMenu, MenuItem } from '@/ui/dropdown-menu';
import { RoleSelect } from './role-select';

type StaffMember = components['schemas']['StaffMemberResponse'];

const ALL_ROLES: readonly Role[] = ['owner', 'manager', 'mechanic'];
const BELOW_OWNER: readonly Role[] = ['manager', 'mechanic'];

/**
 * One person of the workshop, with what the viewer may do to them (the API's rules): owners
 * manage everyone, managers manage everyone but owners, mechanics look. An owner may step down
 * only while another owner remains; the only owner is told why they cannot.
 */
export function StaffMemberRow({
  member,
  viewerRole,
  self,
  owners,
  onRole,
  onRemove,
}: {
  readonly member: StaffMember;
  readonly viewerRole: Role;
  readonly self: boolean;
  /** How many owners the workshop has. */
  readonly owners: number;
  readonly onRole: (role: Role) => void;
  readonly onRemove: () => void;
}) {
  const { t } = useTranslation('settings');
  const manages = viewerRole === 'owner' || (viewerRole === 'manager' && member.role !== 'owner');
  const onlyOwner = self && member.role === 'owner' && owners <= 1;
  const mayChangeRole = self ? member.role === 'owner' && viewerRole === 'owner' && !onlyOwner : manages;
  return (
    <li className="flex flex-wrap items-center gap-3 py-3">
      <div className="min-w-0 flex-1">
        <p className="truncate font-medium">
          {member.name} {self ? <Badge>{t('staff.you')}</Badge> : null}
        </p>
        <p className="truncate text-sm text-ink-muted">{member.email}</p>
      </div>
      {mayChangeRole ? (
        <RoleSelect
          label={t(self ? 'staff.yourRole' : 'staff.roleOf', { name: member.name })}
          value={member.role}
          roles={viewerRole === 'owner' ? ALL_ROLES : BELOW_OWNER}
          onChange={onRole}
        />
      ) : (
        <Badge tone={member.role === 'owner' ? 'brand' : 'neutral'}>{t(`roles.${member.role}`)}</Badge>
      )}
      {manages && !self ? (
        <DropdownMenu
          trigger={
            <Button variant="ghost" size="sm" aria-label={t('staff.actionsFor', { name: member.name })}>
              <MoreVertical aria-hidden="true" className="size-4" />
            </Button>
          }
        >
          <MenuItem tone="danger" onSelect={onRemove}>
            {t('staff.remove')}
          </MenuItem>
        </DropdownMenu>
      ) : null}
      {onlyOwner ? <p className="w-full text-sm text-ink-muted">{t('staff.onlyOwner')}</p> : null}
    </li>
  );
}
