/** One point of the sparkline, in the SVG's own units. */
export interface SparkPoint {
  readonly x: number;
  readonly y: number;
  readonly decreased: boolean;
}

export const SPARK_WIDTH = 300;
export const SPARK_HEIGHT = 48;
/** Room at the edges so a point's circle is never cut off. */
const PAD = 4;

/**
 * Places readings (any order) oldest on the left, newest on the right, by their time; the lowest
 * mileage at the bottom. Readings all at one instant, or one value throughout, still draw a line.
 */
export function sparkPoints(
  readings: readonly { readonly recordedAt: string; readonly mileageKm: number; readonly decreased: boolean }[],
): SparkPoint[] {
  const sorted = [...readings].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  if (sorted.length === 0) return [];
  const times = sorted.map((reading) => Date.parse(reading.recordedAt));
  const [first, last] = [times[0]!, times[times.length - 1]!];
  const kms = sorted.map((reading) => reading.mileageKm);
  const [low, high] = [Math.min(...kms), Math.max(...kms)];
  const width = SPARK_WIDTH - 2 * PAD;
  const height = SPARK_HEIGHT - 2 * PAD;
  return sorted.map((reading, index) => ({
    x:
      PAD +
      (last > first
        ? ((times[index]! - first) / (last - first)) * width
        : (index / Math.max(1, sorted.length - 1)) * width),
    y: PAD + (high > low ? (1 - (reading.mileageKm - low) / (high - low)) * height : height / 2),
    decreased: reading.decreased,
  }));
}
