import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { ChevronsUpDown, LogOut } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/session/me';
import { signOut } from '@/lib/session/sign-out';
import { setTheme, useTheme } from '@/lib/session/theme';
import {
  DropdownMenu,
  MenuHeader,
  MenuItem,
  MenuLabel,
  MenuRadioGroup,
  MenuRadioItem,
  MenuSeparator,
} from '@/ui/dropdown-menu';
import { usePersonalLanguage } from './use-personal-language';
import { useSwitchWorkshop } from './use-switch-workshop';

/** Who is signed in, and where: workshop switcher, theme, language and sign out. */
export function AccountMenu({ compact = false }: { readonly compact?: boolean }) {
  const { t } = useTranslation('app');
  const me = useMe();
  const theme = useTheme();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const switchWorkshop = useSwitchWorkshop();
  const changeLanguage = usePersonalLanguage();
  const others = me.memberships.filter((membership) => membership.workshop.id !== me.workshop.id);
  return (
    <DropdownMenu
      align={compact ? 'end' : 'start'}
      trigger={
        <button
          type="button"
          aria-label={t('account.menu', { name: me.user.name })}
          className="flex w-full items-center gap-2 rounded-lg p-2 text-left hover:bg-surface-2"
        >
          <span
            aria-hidden="true"
            className="grid size-8 shrink-0 place-items-center rounded-full bg-brand-soft text-sm font-bold"
          >
            {initials(me.user.name)}
          </span>
          {compact ? null : (
            <span className="min-w-0 flex-1">
              <span className="block truncate text-sm font-semibold">{me.user.name}</span>
              <span className="block truncate text-xs text-ink-muted">{t(`roles.${me.role}`)}</span>
            </span>
          )}
          {compact ? null : <ChevronsUpDown aria-hidden="true" className="size-4 text-ink-muted" />}
        </button>
      }
    >
      {/* Who and where: on a phone the button shows only initials. */}
      <MenuHeader>
        <span className="block font-semibold">{me.user.name}</span>
        <span className="block text-ink-muted">{me.user.email}</span>
        <span className="mt-1 block">
          {t('account.roleAt', { role: t(`roles.${me.role}`), workshop: me.workshop.name })}
        </span>
      </MenuHeader>
      {others.length > 0 ? (
        <>
          <MenuSeparator />
          <MenuLabel>{t('account.switchWorkshop')}</MenuLabel>
          {others.map((membership) => (
            <MenuItem key={membership.workshop.id} onSelect={() => switchWorkshop.mutate(membership.workshop.id)}>
              {membership.workshop.name}
            </MenuItem>
          ))}
        </>
      ) : null}
      <MenuSeparator />
      <MenuLabel>{t('account.theme')}</MenuLabel>
      <MenuRadioGroup
        value={theme}
        onValueChange={(value) => setTheme(value === 'light' || value === 'dark' ? value : 'system')}
      >
        <MenuRadioItem value="system">{t('theme.system')}</MenuRadioItem>
        <MenuRadioItem value="light">{t('theme.light')}</MenuRadioItem>
        <MenuRadioItem value="dark">{t('theme.dark')}</MenuRadioItem>
      </MenuRadioGroup>
      <MenuSeparator />
      <MenuLabel>{t('account.language')}</MenuLabel>
      <MenuRadioGroup
        value={me.user.locale ?? 'workshop'}
        onValueChange={(value) => changeLanguage.mutate(isLanguage(value) ? value : null)}
      >
        <MenuRadioItem value="workshop">
          {t('account.workshopLanguage', {
            language: isLanguage(me.workshop.locale) ? LANGUAGE_NAMES[me.workshop.locale] : me.workshop.locale,
          })}
        </MenuRadioItem>
        {LANGUAGES.map((language) => (
          <MenuRadioItem key={language} value={language}>
            {LANGUAGE_NAMES[language]}
          </MenuRadioItem>
        ))}
      </MenuRadioGroup>
      <MenuSeparator />
      <MenuItem
        onSelect={() => {
          void signOut(queryClient).then(() => navigate({ to: '/login', search: { reason: 'logout' } }));
        }}
      >
        <LogOut aria-hidden="true" className="size-4" />
        {t('account.signOut')}
      </MenuItem>
    </DropdownMenu>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}
