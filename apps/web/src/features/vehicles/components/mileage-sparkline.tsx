import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import type { MileageReading } from '../api/vehicle-queries';
import { SPARK_HEIGHT, SPARK_WIDTH, sparkPoints } from '../utils/mileage-sparkline';

/**
 * A small line of the mileage over time, oldest left; a decrease is a warning-coloured dot. The
 * picture says in words what it shows; the table under it holds every reading.
 */
export function MileageSparkline({ readings }: { readonly readings: readonly MileageReading[] }) {
  const { t } = useTranslation('vehicles');
  const format = useWorkshopFormat();
  if (readings.length < 2) return null;
  const points = sparkPoints(readings);
  const oldest = readings[readings.length - 1]!;
  const newest = readings[0]!;
  const decreases = readings.filter((reading) => reading.decreased).length;
  const km = (value: number) => t('mileageValue', { value: format.number(value) });
  const label = [
    t('mileage.chart', {
      count: readings.length,
      from: km(oldest.mileageKm),
      fromDate: format.date(oldest.recordedAt),
      to: km(newest.mileageKm),
      toDate: format.date(newest.recordedAt),
    }),
    decreases > 0 ? t('mileage.chartDecreases', { count: decreases }) : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div role="img" aria-label={label} className="relative mb-3 h-12 w-full">
      <svg
        aria-hidden="true"
        viewBox={`0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`}
        preserveAspectRatio="none"
        className="absolute inset-0 size-full text-brand"
      >
        <polyline
          points={points.map((point) => `${point.x},${point.y}`).join(' ')}
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          strokeLinejoin="round"
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      {/* Dots outside the stretched SVG, so they stay round at any width. */}
      {points
        .filter((point) => point.decreased)
        .map((point) => (
          <span
            key={`${point.x},${point.y}`}
            aria-hidden="true"
            className="absolute size-2.5 -translate-x-1/2 -translate-y-1/2 rounded-full border border-ink bg-warning"
            style={{ left: `${(point.x / SPARK_WIDTH) * 100}%`, top: `${(point.y / SPARK_HEIGHT) * 100}%` }}
          />
        ))}
    </div>
  );
}
