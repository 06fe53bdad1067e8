import { type LongTasks, median } from './long-tasks';

/** One drag of a drag benchmark: the long tasks it caused and how long the gesture took. */
export interface MeasuredDrag extends LongTasks {
  readonly ms: number;
}

/** A row of a results table: the median, min and max of `values`, whole numbers. */
export function spreadRow(label: string, values: readonly number[]): string {
  return `| ${label} | ${median(values).toFixed(0)} | ${Math.min(...values).toFixed(0)} | ${Math.max(...values).toFixed(0)} |`;
}

/** The figures of a drag, each a row of the per-drag table. */
const DRAG_FIGURES: readonly (readonly [label: string, figure: (drag: MeasuredDrag) => number])[] = [
  ['long tasks (count)', (drag) => drag.count],
  ['long tasks, total ms', (drag) => drag.totalMs],
  ['longest task ms', (drag) => drag.maxMs],
  ['drag duration ms', (drag) => drag.ms],
];

/** The per-drag table the drag benchmarks write into docs/benchmarks.md. */
export function dragTable(drags: readonly MeasuredDrag[]): string[] {
  return [
    '| per drag | median | min | max |',
    '|---|---|---|---|',
    ...DRAG_FIGURES.map(([label, figure]) => spreadRow(label, drags.map(figure))),
  ];
}
