import { useSyncExternalStore } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface CountRow {
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

// SVG attributes take no CSS variables: the theme's colours per scheme, 3:1 against the card.
const LIGHT = { bar: '#1d4ed8', axis: '#4a5363', grid: '#d5d9e0', cursor: '#eef0f3' };
const DARK = { bar: '#60a5fa', axis: '#a4afbf', grid: '#333d4a', cursor: '#1f2731' };

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const isDark = () => document.documentElement.classList.contains('dark');

/**
 * One count per category as bars (Recharts: this file is only reached from the lazily loaded
 * stats route), with the exact numbers in a table under the chart for screen readers and phones.
 */
export function CountBarChart({
  rows,
  caption,
  categoryHeader,
  valueHeader,
}: {
  readonly rows: readonly CountRow[];
  readonly caption: string;
  readonly categoryHeader: string;
  readonly valueHeader: string;
}) {
  const palette = useSyncExternalStore(subscribe, isDark, () => false) ? DARK : LIGHT;
  const tick = { fill: palette.axis, fontSize: 12 };
  return (
    <>
      <div className="h-56" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%" minWidth={0}>
          <BarChart data={[...rows]} margin={{ top: 4, right: 8, bottom: 4, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid stroke={palette.grid} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={tick} stroke={palette.grid} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={tick} stroke={palette.grid} width={40} />
            <Tooltip
              cursor={{ fill: palette.cursor }}
              contentStyle={{ background: palette.cursor, border: `1px solid ${palette.grid}`, borderRadius: 8 }}
              labelStyle={{ color: palette.axis }}
              itemStyle={{ color: palette.axis }}
            />
            <Bar dataKey="value" name={valueHeader} fill={palette.bar} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium">{caption}</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{caption}</caption>
          <thead className="text-xs text-ink-muted uppercase">
            <tr>
              <th scope="col" className="py-1">
                {categoryHeader}
              </th>
              <th scope="col" className="py-1 text-right">
                {valueHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="py-1 font-normal">
                  {row.label}
                </th>
                <td className="py-1 text-right tabular-nums">{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
