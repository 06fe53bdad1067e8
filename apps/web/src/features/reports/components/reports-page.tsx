import { Link, useSearch } from '@tanstack/react-router';
import { ShieldAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { buttonClasses } from '@/ui/button';
import { PageHeader } from '@/ui/page-header';
import { resolveRange, todayIn } from '../utils/report-range';
import { useReportFormat } from '../utils/use-report-format';
import { LabourPartsSection } from './labour-parts-section';
import { MechanicHoursSection } from './mechanic-hours-section';
import { OpenOrdersSection } from './open-orders-section';
import { OverviewSection } from './overview-section';
import { RangeControls } from './range-controls';
import { RevenueSection } from './revenue-section';
import { TopClientsSection } from './top-clients-section';
import { TopServicesSection } from './top-services-section';

/** `/reports`: how the range went, for owners and managers (the API refuses mechanics too). */
export function ReportsPage() {
  const me = useMe();
  if (!roleAtLeast(me.role, 'manager')) return <ReportsNotAllowed />;
  return <Reports timeZone={me.workshop.timeZone} />;
}

function Reports({ timeZone }: { readonly timeZone: string }) {
  const { t } = useTranslation('reports');
  const format = useReportFormat();
  const search = useSearch({ from: '/_staff/reports' });
  const resolved = resolveRange(search, todayIn(timeZone));
  const range = 'problem' in resolved ? undefined : resolved;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={
          range
            ? t('description', { from: format.day(range.from), to: format.day(range.to), timeZone })
            : t('descriptionNoRange', { timeZone })
        }
      />
      <RangeControls shown={range} />
      {range ? (
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
          <div className="xl:col-span-2">
            <OverviewSection range={range} />
          </div>
          <div className="xl:col-span-2">
            <RevenueSection range={range} />
          </div>
          <LabourPartsSection range={range} />
          <MechanicHoursSection range={range} />
          <TopClientsSection range={range} />
          <TopServicesSection range={range} />
          <div className="xl:col-span-2">
            <OpenOrdersSection />
          </div>
        </div>
      ) : (
        <p role="status" className="rounded-xl border border-dashed border-line px-6 py-12 text-center text-ink-muted">
          {t('range.pickDates')}
        </p>
      )}
    </>
  );
}

function ReportsNotAllowed() {
  const { t } = useTranslation('reports');
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-3 py-16 text-center">
      <ShieldAlert aria-hidden="true" className="size-10 text-brand" />
      <h1 className="text-2xl font-bold">{t('notAllowed.title')}</h1>
      <p className="text-ink-muted">{t('notAllowed.body')}</p>
      <Link to="/home" className={buttonClasses('secondary')}>
        {t('notAllowed.home')}
      </Link>
    </div>
  );
}
