import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartPalette } from './chart-palette';

export interface ChartSeries<Datum> {
  readonly name: string;
  readonly value: (datum: Datum) => number;
}

/**
 * Bars of up to three series per category: stacked (net + VAT make gross) or side by side
 * (hours sold beside hours clocked); horizontal for long names (clients, services). Numbers on
 * the axis are rounded for space; the table under the chart has them exact.
 */
export function ReportBarChart<Datum>({
  data,
  category,
  series,
  stacked = false,
  horizontal = false,
  formatAxis,
  formatValue,
}: {
  readonly data: readonly Datum[];
  readonly category: (datum: Datum) => string;
  readonly series: readonly ChartSeries<Datum>[];
  readonly stacked?: boolean;
  readonly horizontal?: boolean;
  readonly formatAxis: (value: number) => string;
  readonly formatValue: (value: number) => string;
}) {
  const palette = useChartPalette();
  const rows = data.map((datum) => {
    const row: Record<string, string | number> = { category: category(datum) };
    series.forEach((entry, index) => (row[`s${index}`] = entry.value(datum)));
    return row;
  });
  const tick = { fill: palette.axis, fontSize: 12 };
  const categoryAxis = {
    dataKey: 'category',
    type: 'category' as const,
    tick,
    stroke: palette.grid,
    interval: 'preserveStartEnd' as const,
  };
  const valueAxis = { type: 'number' as const, tick, stroke: palette.grid, tickFormatter: formatAxis };
  return (
    <ResponsiveContainer width="100%" height="100%" minWidth={0}>
      <BarChart
        data={rows}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{ top: 4, right: 8, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={palette.grid} strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
        {horizontal ? (
          <>
            <XAxis {...valueAxis} />
            <YAxis {...categoryAxis} width={120} />
          </>
        ) : (
          <>
            <XAxis {...categoryAxis} />
            <YAxis {...valueAxis} width={72} />
          </>
        )}
        <Tooltip
          cursor={{ fill: palette.cursor }}
          formatter={(value) => formatValue(Number(value))}
          contentStyle={{ background: palette.cursor, border: `1px solid ${palette.grid}`, borderRadius: 8 }}
          labelStyle={{ color: palette.axis }}
          itemStyle={{ color: palette.axis }}
        />
        {series.length > 1 ? <Legend wrapperStyle={{ color: palette.axis, fontSize: 12 }} /> : null}
        {series.map((entry, index) => (
          <Bar
            key={entry.name}
            dataKey={`s${index}`}
            name={entry.name}
            fill={palette.series[index % palette.series.length]}
            stackId={stacked ? 'stack' : undefined}
            isAnimationActive={false}
            maxBarSize={48}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
