import type { MetricsRegistry } from '@pitlane/observability';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, Gauge, Histogram } from 'prom-client';

type Labels = 'method' | 'route' | 'status_class';

/** Seconds; from a cached read (a few ms) to the slowest acceptable export. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const counted = new WeakSet<FastifyRequest>();

/**
 * RED metrics of the API, labelled by the route *template* Fastify matched
 * (`/api/v1/vehicles/:id`), never the raw URL, and by status class, never the tenant: the label
 * sets stay fixed however many workshops and vehicles there are. Unmatched URLs share one label.
 */
export function installHttpMetrics(fastify: FastifyInstance, registry: MetricsRegistry): void {
  const registers = [registry];
  const duration = new Histogram<Labels>({
    name: 'pitlane_http_request_duration_seconds',
    help: 'Time from request to response, by method, route template and status class.',
    labelNames: ['method', 'route', 'status_class'],
    buckets: DURATION_BUCKETS,
    registers,
  });
  const requests = new Counter<Labels>({
    name: 'pitlane_http_requests_total',
    help: 'Requests answered, by method, route template and status class.',
    labelNames: ['method', 'route', 'status_class'],
    registers,
  });
  const inFlight = new Gauge({
    name: 'pitlane_http_requests_in_flight',
    help: 'Requests being handled right now.',
    registers,
  });

  const finish = (request: FastifyRequest): void => {
    if (!counted.delete(request)) return;
    inFlight.dec();
  };
  fastify.addHook('onRequest', (request, _reply, done) => {
    counted.add(request);
    inFlight.inc();
    done();
  });
  fastify.addHook('onRequestAbort', (request, done) => {
    finish(request);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    finish(request);
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status_class: `${Math.floor(reply.statusCode / 100)}xx`,
    };
    duration.observe(labels, reply.elapsedTime / 1000);
    requests.inc(labels);
    done();
  });
}
