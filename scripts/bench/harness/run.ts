#!/usr/bin/env node
// Runs API scenarios against one stack, interleaved, then standalone scenarios one after the
// other (each starts what it needs), and writes their sections of docs/benchmarks.md. By hand
// only (`npm run bench:api`, `npm run bench -- <id>`): never part of `npm test` or CI.
//
//   node scripts/bench/harness/dist/run.js [scenario ...]      default: api-lookups bare-limit
//   (search-typing: `npm run bench:search`; its knobs are in scenarios/search-typing.ts)
//   node scripts/bench/harness/dist/run.js --render <results/x.json ...>   re-render saved results
//
// Knobs: BENCH_WORKSHOPS (50), BENCH_VEHICLES_PER_WORKSHOP (2000), BENCH_CONNECTIONS (16),
// BENCH_DURATION (10 s per measurement), BENCH_WARMUP (3 s, first round only), BENCH_ROUNDS (3),
// BENCH_DATABASE_URL (a superuser URL; else the machine's Postgres, else embedded), BENCH_WRK.
// Standalone scenarios read their own knobs (see each scenario's header).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machineLoad } from './cpu';
import { refreshTokens } from './garage-seed';
import { wholeNumber } from './knobs';
import { createLifecycle, runMain } from './lifecycle';
import { scopedLifecycle } from './lifecycle-scope';
import { REPORT_FILE } from './paths';
import { writeReport } from './benchmarks-doc';
import { renderReport } from './render';
import { loadResult, saveResult } from './report';
import type { ScenarioReport } from './report';
import type { Contender, Measurements, RunSettings, Scenario, StandaloneScenario } from './scenario';
import { apiLookups } from './scenarios/api-lookups';
import { bareLimit } from './scenarios/bare-limit';
import { mailThroughput } from './scenarios/mail-throughput';
import { operatorTenants } from './scenarios/operator-tenants';
import { repairReports } from './scenarios/repair-reports';
import { rlsPrice } from './scenarios/rls-price';
import { scheduling } from './scenarios/scheduling';
import { searchTyping } from './scenarios/search-typing';
import { type Stack, startStack } from './stack';
import { type LoadResult, runLoad } from './wrk';

const SCENARIOS: Record<string, Scenario | StandaloneScenario> = {
  'api-lookups': apiLookups,
  'bare-limit': bareLimit,
  'mail-throughput': mailThroughput,
  'operator-tenants': operatorTenants,
  'repair-reports': repairReports,
  'rls-price': rlsPrice,
  scheduling,
  'search-typing': searchTyping,
};
/** What `run.js` with no arguments runs: search-typing seeds 700k documents, so it is asked for by name. */
const DEFAULT_SCENARIOS = ['api-lookups', 'bare-limit'];

const startedAt = Date.now();
const say = (line: string) => {
  const seconds = Math.floor((Date.now() - startedAt) / 1000);
  process.stdout.write(
    `[bench ${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}] ${line}\n`,
  );
};
const lifecycle = createLifecycle(say);

/** Round by round, endpoint by endpoint, each contender in turn (the order flips every round). */
async function measure(stack: Stack, contenders: Contender[], settings: RunSettings): Promise<Measurements> {
  const results = new Map(contenders.map((contender) => [contender.label, new Map<string, LoadResult[]>()]));
  const endpoints = [...new Set(contenders.flatMap((contender) => contender.endpoints.map((e) => e.name)))];
  for (let round = 1; round <= settings.rounds; round++) {
    for (const name of endpoints) {
      const order = round % 2 === 1 ? contenders : [...contenders].reverse();
      for (const contender of order) {
        const endpoint = contender.endpoints.find((candidate) => candidate.name === name);
        if (!endpoint) continue;
        if (lifecycle.interrupted()) throw new Error('interrupted');
        const load = async (seconds: number) =>
          runLoad({
            baseUrl: contender.baseUrl,
            requests: endpoint.requests,
            connections: settings.connections,
            seconds,
            tempDir: stack.tempDir,
            groups: async () => ({
              server: contender.pids,
              worker: [stack.worker.pid],
              postgres: await stack.postgresBackends(),
            }),
          });
        if (round === 1) await load(settings.warmupSeconds);
        const result = await load(settings.seconds);
        results.get(contender.label)!.set(name, [...(results.get(contender.label)!.get(name) ?? []), result]);
        say(
          `round ${round} ${contender.label.padEnd(8)} ${name.padEnd(22)} ${Math.round(result.rps)} req/s, ` +
            `p99 ${result.p99.toFixed(1)} ms, server ${result.cpu.cores.server?.toFixed(2)} cores` +
            (result.badStatus + result.socketErrors > 0 ? `, ${result.badStatus} bad status` : ''),
        );
      }
    }
  }
  return results;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--render') {
    for (const file of args.slice(1)) await writeReport(REPORT_FILE, loadResult(file));
    return;
  }
  const chosen = (args.length > 0 ? args : DEFAULT_SCENARIOS).map((id) => {
    const scenario = SCENARIOS[id];
    if (!scenario) throw new Error(`unknown scenario ${id}; known: ${Object.keys(SCENARIOS).join(', ')}`);
    return scenario;
  });
  // Standalone scenarios first, each cleaned up before the next, so none runs beside the stack.
  for (const scenario of chosen) {
    if ('standalone' in scenario) await runStandalone(scenario);
  }
  const scenarios = chosen.filter((scenario): scenario is Scenario => !('standalone' in scenario));
  if (scenarios.length > 0) await measureOnStack(scenarios);
}

async function runStandalone(scenario: StandaloneScenario): Promise<void> {
  const scope = scopedLifecycle(lifecycle, `clean up after ${scenario.id}`);
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-bench-'));
  scope.onCleanup('remove the temp dir', () => fs.rmSync(tempDir, { recursive: true, force: true }));
  say(`${scenario.id}: starting`);
  await publish(await scenario.run({ lifecycle: scope, say, tempDir }));
  say(`wrote the ${scenario.id} section of docs/benchmarks.md; cleaning up after it`);
  await scope.cleanUp();
}

async function measureOnStack(scenarios: Scenario[]): Promise<void> {
  const settings: RunSettings = {
    connections: wholeNumber('BENCH_CONNECTIONS', 16),
    seconds: wholeNumber('BENCH_DURATION', 10),
    warmupSeconds: wholeNumber('BENCH_WARMUP', 3),
    rounds: wholeNumber('BENCH_ROUNDS', 3),
  };
  // The largest stack any chosen scenario asks for, unless the environment says otherwise.
  const wanted = (key: 'workshops' | 'vehiclesPerWorkshop', fallback: number) =>
    Math.max(...scenarios.map((scenario) => scenario.defaults?.[key] ?? fallback));
  const stack = await startStack(lifecycle, say, {
    workshops: wholeNumber('BENCH_WORKSHOPS', wanted('workshops', 50)),
    vehiclesPerWorkshop: wholeNumber('BENCH_VEHICLES_PER_WORKSHOP', wanted('vehiclesPerWorkshop', 2000)),
  });
  // Fresh tokens before the contenders build their requests, so none expires mid-run.
  await refreshTokens(stack.api.baseUrl, stack.garage);
  const contenders: Contender[] = [];
  for (const scenario of scenarios) contenders.push(...[await scenario.start(stack)].flat());
  const ranAt = new Date();
  const before = machineLoad();
  say(`measuring: load average ${before.load1.toFixed(2)} on ${before.cores} cores`);
  const measurements = await measure(stack, contenders, settings);
  const load = { before: before.load1, after: machineLoad().load1, cores: before.cores };
  for (const scenario of scenarios)
    await publish(await scenario.report({ stack, settings, measurements, ranAt, load }), ranAt);
  say('wrote docs/benchmarks.md; cleaning up');
}

/** The JSON under scripts/bench/results/, the tables on stdout and in docs/benchmarks.md. */
async function publish(report: ScenarioReport, ranAt = new Date()): Promise<void> {
  say(`results: ${saveResult(report, ranAt)}`);
  process.stdout.write(`\n${renderReport(report)}\n\n`);
  await writeReport(REPORT_FILE, report);
}

runMain(main, lifecycle);
