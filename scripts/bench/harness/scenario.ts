// What a scenario is: a contender (a server and the endpoints to load on it) and, once every
// contender of the invocation was measured, the report of its numbers.
import type { LoadRequest, LoadResult } from './wrk';
import type { ScenarioReport } from './report';
import type { Stack } from './stack';

export interface Endpoint {
  /** As the tables name it, e.g. `GET /vehicles/:id`; contenders doing the same work share the name. */
  readonly name: string;
  readonly requests: readonly LoadRequest[];
}

export interface Contender {
  readonly label: string;
  readonly baseUrl: string;
  /** The server's processes, whose CPU per request is reported. */
  readonly pids: readonly number[];
  readonly endpoints: readonly Endpoint[];
}

export interface RunSettings {
  readonly connections: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly rounds: number;
}

/** Every round of every endpoint of every contender in this invocation, by contender label. */
export type Measurements = ReadonlyMap<string, ReadonlyMap<string, readonly LoadResult[]>>;

export interface RunContext {
  readonly stack: Stack;
  readonly settings: RunSettings;
  readonly measurements: Measurements;
  readonly ranAt: Date;
  /** Machine load average (1 min) before and after the measurements, and the cores. */
  readonly load: { before: number; after: number; cores: number };
}

export interface Scenario {
  readonly id: string;
  /** The stack this scenario needs when BENCH_WORKSHOPS / BENCH_VEHICLES_PER_WORKSHOP are unset. */
  readonly defaults?: { readonly workshops?: number; readonly vehiclesPerWorkshop?: number };
  start(stack: Stack): Promise<Contender>;
  report(context: RunContext): Promise<ScenarioReport>;
}
