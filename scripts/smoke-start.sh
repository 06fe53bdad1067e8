#!/usr/bin/env bash
# Proves the README's first command on this checkout: `npm start` serves /health/ready = 200
# within 60 s (embedded Postgres, no Docker), the demo owner can log in, and Ctrl-C stops
# everything cleanly. Used by .ci/run; safe to run by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${SMOKE_HTTP_PORT:-3310}"
log="$(mktemp)"
started_stamp="$(mktemp)"  # mails newer than this file are this run's
unset DATABASE_URL DATABASE_MIGRATION_URL SMTP_HOST REDIS_URL
started=$(date +%s)
metrics_port="${SMOKE_METRICS_PORT:-9474}"
HTTP_PORT="$port" METRICS_PORT="$metrics_port" WORKER_METRICS_PORT="$(( metrics_port + 1 ))" EMBEDDED_POSTGRES_PORT="${SMOKE_POSTGRES_PORT:-54339}" LOCAL_SMTP_PORT="${SMOKE_SMTP_PORT:-2535}" setsid npm start >"$log" 2>&1 &
pid=$!
cleanup() { kill -INT -- "-$pid" 2>/dev/null || true; }
trap cleanup EXIT

ready=""
while [ $(( $(date +%s) - started )) -lt 60 ]; do
  if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then ready=yes; break; fi
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 1
done
elapsed=$(( $(date +%s) - started ))
if [ -z "$ready" ]; then
  echo "smoke: /health/ready did not answer 200 within 60 s; npm start printed:"; tail -50 "$log"; exit 1
fi
echo "smoke: /health/ready = 200 after ${elapsed}s"

# The demo workshop is created right after readiness; give it a moment, then log in as its owner.
for _ in $(seq 1 20); do grep -q "Demo login" "$log" && break; sleep 0.5; done
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/api/v1/auth/login" \
  -H 'content-type: application/json' \
  -d '{"email":"owner@demo.pitlane.local","password":"demo-garage-wrench-2026"}')
[ "$status" = 200 ] || { echo "smoke: demo login answered $status"; tail -50 "$log"; exit 1; }
echo "smoke: demo owner logs in"

# Search on the embedded default (Postgres adapter): the worker's relay indexed the demo cars.
token=$(curl -s -X POST "http://127.0.0.1:$port/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"email":"owner@demo.pitlane.local","password":"demo-garage-wrench-2026"}' | node -e 'process.stdin.on("data",d=>process.stdout.write(JSON.parse(d).accessToken))')
found=""
for _ in $(seq 1 20); do
  if curl -fsS "http://127.0.0.1:$port/api/v1/search?q=kowalsky" -H "authorization: Bearer $token" | grep -q 'WA 12345'; then found=yes; break; fi
  sleep 0.5
done
[ -n "$found" ] || { echo "smoke: searching the demo workshop for \"kowalsky\" did not find WA 12345"; tail -50 "$log"; exit 1; }
echo "smoke: search finds the demo Golf from a misspelled owner"

# Prometheus's view: both processes serve /metrics on their internal ports, the API counted the login.
api_metrics="$(curl -fsS "http://127.0.0.1:$metrics_port/metrics")"
grep -q 'pitlane_http_requests_total{method="POST",route="/api/v1/auth/login",status_class="2xx"}' <<<"$api_metrics" \
  || { echo "smoke: the API's /metrics on port $metrics_port did not count the login"; exit 1; }
worker_metrics="$(curl -fsS "http://127.0.0.1:$(( metrics_port + 1 ))/metrics")"
grep -q '^pitlane_queue_jobs{' <<<"$worker_metrics" || { echo "smoke: the worker's /metrics did not answer"; exit 1; }
echo "smoke: api and worker serve /metrics on ports $metrics_port and $(( metrics_port + 1 ))"

# The demo signup asked for a verification mail: the worker sends it to the local sink.
mail=""
for _ in $(seq 1 40); do
  mail=$(ls .data/mail/*.eml 2>/dev/null | head -1 || true)
  [ -n "$mail" ] && break
  sleep 0.5
done
[ -n "$mail" ] || { echo "smoke: no mail reached .data/mail"; tail -50 "$log"; exit 1; }
echo "smoke: the worker delivered mail to .data/mail ($(basename "$mail"))"

# Links in mail follow the port npm start listens on (PUBLIC_BASE_URL unset). Only a mail of this
# run tells: a demo workshop kept in .data/ from an earlier run is not signed up (nor mailed) again.
fresh=$(find .data/mail -name '*.eml' -newer "$started_stamp" 2>/dev/null | head -1 || true)
if [ -n "$fresh" ]; then
  # Quoted-printable may fold the line: join soft breaks before looking.
  sed -e ':a' -e '/=$/{N;s/=\n//;ba}' "$fresh" | grep -q "http://localhost:$port/" \
    || { echo "smoke: the mail of this run does not link to http://localhost:$port"; grep -i "http" "$fresh" | head -5; exit 1; }
  echo "smoke: the mail links to http://localhost:$port, the port npm start serves"
else
  echo "smoke: no mail of this run (the demo workshop existed), so the link port is not checked"
fi

kill -INT -- "-$pid"
trap - EXIT
for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$pid" 2>/dev/null; then echo "smoke: npm start did not stop on Ctrl-C"; kill -KILL -- "-$pid"; exit 1; fi
for _ in $(seq 1 20); do pgrep -f "$(pwd)/.data/postgres" >/dev/null || break; sleep 0.5; done
if pgrep -f "$(pwd)/.data/postgres" >/dev/null; then echo "smoke: embedded Postgres still running after Ctrl-C"; exit 1; fi
echo "smoke: Ctrl-C stopped API, worker and embedded Postgres"
echo "1 passed, 0 failed"
