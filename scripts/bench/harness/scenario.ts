// What a scenario is: a contender (a server and the endpoints to load on it) and, once every
// contender of the invocation was measured, the report of its numbers. A standalone scenario
// (a load that is not wrk against the shared stack: its own seed, SQL timings, autocannon)
// starts what it needs itself and hands back its report.
import type { Lifecycle } from './lifecycle';
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
  /** One contender, or several compared with each other (the same API under two roles, say). */
  start(stack: Stack): Promise<Contender | readonly Contender[]>;
  report(context: RunContext): Promise<ScenarioReport>;
}

/** What a standalone scenario gets: the run's lifecycle, progress output and a temp dir. */
export interface StandaloneContext {
  readonly lifecycle: Lifecycle;
  readonly say: (line: string) => void;
  /** Removed when the scenario's part of the run ends. */
  readonly tempDir: string;
}

/** Not loaded over HTTP on the shared stack: starts, measures and tears down what it needs. */
export interface StandaloneScenario {
  readonly id: string;
  readonly standalone: true;
  run(context: StandaloneContext): Promise<ScenarioReport>;
}
