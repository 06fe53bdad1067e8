import { describe, expect, it } from 'vitest';
import { SPARK_HEIGHT, SPARK_WIDTH, sparkPoints } from './mileage-sparkline';

const reading = (recordedAt: string, mileageKm: number, decreased = false) => ({ recordedAt, mileageKm, decreased });

describe('sparkPoints', () => {
  it('puts the oldest reading left and the highest mileage at the top, whatever the input order', () => {
    const points = sparkPoints([
      reading('2026-03-01T00:00:00Z', 30_000),
      reading('2026-01-01T00:00:00Z', 10_000),
      reading('2026-02-01T00:00:00Z', 20_000),
    ]);
    expect(points.map((point) => point.x)).toEqual([...points.map((point) => point.x)].sort((a, b) => a - b));
    expect(points[0]).toMatchObject({ x: 4, y: SPARK_HEIGHT - 4 });
    expect(points[2]).toMatchObject({ x: SPARK_WIDTH - 4, y: 4 });
  });

  it('keeps the decrease mark on its point', () => {
    const points = sparkPoints([reading('2026-01-01T00:00:00Z', 10_000), reading('2026-02-01T00:00:00Z', 9_000, true)]);
    expect(points.map((point) => point.decreased)).toEqual([false, true]);
    expect(points[1]!.y).toBeGreaterThan(points[0]!.y);
  });

  it('spreads readings of one instant evenly and draws one value mid-height', () => {
    const points = sparkPoints([reading('2026-01-01T00:00:00Z', 5), reading('2026-01-01T00:00:00Z', 5)]);
    expect(points.map((point) => [point.x, point.y])).toEqual([
      [4, SPARK_HEIGHT / 2],
      [SPARK_WIDTH - 4, SPARK_HEIGHT / 2],
    ]);
  });

  it('draws nothing for no readings', () => {
    expect(sparkPoints([])).toEqual([]);
  });
});
