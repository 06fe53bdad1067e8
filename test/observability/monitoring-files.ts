import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const REPO = path.resolve(__dirname, '../..');
export const MONITORING = path.join(REPO, 'monitoring');

/** The path of `name` on PATH (or /usr/sbin, where Debian puts nginx), or undefined. */
export function binary(name: string): string | undefined {
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin']) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Says loudly why a suite does not run: CI installs the binaries (.ci/run), so there it runs. */
export function announceSkip(suite: string, reason: string): void {
  process.stdout.write(`\n[observability tests] SKIPPED ${suite}: ${reason}\n`);
}

/** The reason to give `announceSkip` when a binary is missing. */
export function notInstalled(what: string): string {
  return `${what} is not installed (.ci/run installs it)`;
}

export interface GrafanaTarget {
  readonly refId: string;
  readonly expr: string;
  readonly datasource?: { readonly type: string; readonly uid: string };
}

export interface GrafanaPanel {
  readonly id: number;
  readonly title: string;
  readonly type: string;
  readonly datasource?: { readonly type: string; readonly uid: string };
  readonly targets?: readonly GrafanaTarget[];
  readonly panels?: readonly GrafanaPanel[];
}

export interface GrafanaDashboard {
  readonly uid: string;
  readonly title: string;
  readonly panels: readonly GrafanaPanel[];
}

export function dashboards(): { file: string; dashboard: GrafanaDashboard }[] {
  const dir = path.join(MONITORING, 'grafana/dashboards');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, dashboard: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as GrafanaDashboard }));
}

/** Every panel, rows' nested panels included. */
export function panelsOf(dashboard: GrafanaDashboard): GrafanaPanel[] {
  return dashboard.panels.flatMap((panel) => [panel, ...(panel.panels ?? [])]);
}

export function provisionedDatasources(): { name: string; uid: string; type: string }[] {
  const file = path.join(MONITORING, 'grafana/provisioning/datasources/datasources.yml');
  return (parse(readFileSync(file, 'utf8')) as { datasources: { name: string; uid: string; type: string }[] })
    .datasources;
}

export interface Query {
  /** "dashboard file / panel title / refId" or "alerts.yml / alert name". */
  readonly where: string;
  readonly expr: string;
  readonly kind: 'panel' | 'alert';
}

/**
 * Grafana's interval variables, as a query against a short smoke run needs them: a rate window
 * that spans several 1 s scrapes, a range covering the whole run.
 */
export function substituteGrafanaVariables(expr: string): string {
  return expr.replaceAll('$__rate_interval', '1m').replaceAll('$__interval', '15s').replaceAll('$__range', '10m');
}

/** Every PromQL expression of every dashboard panel (Prometheus data source) and alert rule. */
export function promQueries(): Query[] {
  const prometheusUids = new Set(
    provisionedDatasources()
      .filter((d) => d.type === 'prometheus')
      .map((d) => d.uid),
  );
  const panelQueries = dashboards().flatMap(({ file, dashboard }) =>
    panelsOf(dashboard).flatMap((panel) =>
      (panel.targets ?? [])
        .filter((target) => prometheusUids.has((target.datasource ?? panel.datasource)?.uid ?? ''))
        .map((target) => ({
          where: `${file} / ${panel.title} / ${target.refId}`,
          expr: target.expr,
          kind: 'panel' as const,
        })),
    ),
  );
  const rules = parse(readFileSync(path.join(MONITORING, 'prometheus/alerts.yml'), 'utf8')) as {
    groups: { rules: { alert?: string; record?: string; expr: string }[] }[];
  };
  const alertQueries = rules.groups.flatMap((group) =>
    group.rules.map((rule) => ({
      where: `alerts.yml / ${rule.alert ?? rule.record ?? '?'}`,
      expr: rule.expr,
      kind: 'alert' as const,
    })),
  );
  return [...panelQueries, ...alertQueries];
}

/**
 * Panels allowed to return no data against the test's Prometheus, each with its reason. Every
 * other panel must return at least one series: business counters of features not built yet
 * (bookings, repair orders, invoices) are registered at zero, so their panels answer too.
 */
export const PANELS_ALLOWED_EMPTY: readonly { readonly match: RegExp; readonly reason: string }[] = [
  {
    match: /^queues-and-mail\.json \/ Redis memory \//,
    reason: 'Redis exporter: runs only in docker compose',
  },
  {
    match: /^database\.json \/ (PostgreSQL up|Backends|Transactions per second|Deadlocks|Database size) \//,
    reason: 'postgres exporter: runs only in docker compose',
  },
];

export function allowedEmpty(where: string): string | undefined {
  return PANELS_ALLOWED_EMPTY.find((entry) => entry.match.test(where))?.reason;
}
