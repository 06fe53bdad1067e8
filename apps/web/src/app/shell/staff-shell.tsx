import { Outlet } from '@tanstack/react-router';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { RunningClockPill } from '@/features/my-jobs/components/running-clock-pill';
import { SearchPalette } from '@/features/search/components/search-palette';
import { LoadingRows } from '@/ui/skeleton';
import { BottomBar } from './bottom-bar';
import { useLeaveWhenSuspended } from './leave-when-suspended';
import { PhoneHeader } from './phone-header';
import { Sidebar } from './sidebar';
import { searchPalette, STAFF_SHELL_ID, useSearchPaletteOpen } from './search-shortcuts';

/** Sidebar on desktop; header and bottom bar on phones; the search palette and running clock everywhere. */
export function StaffShell() {
  const { t } = useTranslation('app');
  const searching = useSearchPaletteOpen();
  const openSearch = searchPalette.open;
  useLeaveWhenSuspended();
  return (
    <div id={STAFF_SHELL_ID} className="min-h-dvh lg:grid lg:grid-cols-[15rem_1fr] print:block!">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-surface p-2 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {t('skipToContent')}
      </a>
      <Sidebar onSearch={openSearch} />
      <div className="flex min-w-0 flex-col">
        <PhoneHeader onSearch={openSearch} />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 pt-4 pb-24 outline-none sm:px-6 lg:px-8 lg:py-8"
        >
          <Suspense fallback={<LoadingRows label={t('loading')} />}>
            <Outlet />
          </Suspense>
        </main>
        <RunningClockPill />
      </div>
      <BottomBar />
      <SearchPalette open={searching} onOpenChange={searchPalette.setOpen} />
    </div>
  );
}
