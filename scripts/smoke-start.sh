#!/usr/bin/env bash
# Proves the README's first command on this checkout: `npm start` serves /health/ready = 200
# within 60 s (embedded Postgres, no Docker), the demo workshop's owner, manager and mechanic can
# log in and it has its clients and a repair order in every status, Ctrl-C stops everything
# cleanly, and a second start adds nothing to the demo. Used by .ci/run; safe to run by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${SMOKE_HTTP_PORT:-3310}"
log="$(mktemp)"
started_stamp="$(mktemp)"  # mails newer than this file are this run's
unset DATABASE_URL DATABASE_MIGRATION_URL SMTP_HOST REDIS_URL
started=$(date +%s)
metrics_port="${SMOKE_METRICS_PORT:-9474}"
start() {
  HTTP_PORT="$port" METRICS_PORT="$metrics_port" WORKER_METRICS_PORT="$(( metrics_port + 1 ))" EMBEDDED_POSTGRES_PORT="${SMOKE_POSTGRES_PORT:-54339}" LOCAL_SMTP_PORT="${SMOKE_SMTP_PORT:-2535}" setsid npm start >"$log" 2>&1 &
  pid=$!
  trap cleanup EXIT
}
cleanup() { kill -INT -- "-$pid" 2>/dev/null || true; }
start

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

# The demo workshop is built through the API right after readiness (the first start builds it
# all, a later one only checks it); the logins are printed when it is done.
demo_done() { grep -q "Demo login" "$1" || grep -q "start failed" "$1"; }
for _ in $(seq 1 240); do demo_done "$log" && break; sleep 0.5; done
grep -q "Demo login" "$log" || { echo "smoke: npm start printed no demo login within 120 s"; tail -50 "$log"; exit 1; }
if grep -q "demo workshop is incomplete" "$log"; then echo "smoke: $(grep -m1 'demo workshop is incomplete' "$log")"; exit 1; fi
grep "\[pitlane\]   Demo data:" "$log" | sed 's/^\[pitlane\]   /smoke: /'

api="http://127.0.0.1:$port/api/v1"
# field NAME: that field of the JSON on stdin (node, as npm start needs nothing else)
field() { node -e 'let d="";process.stdin.on("data",(c)=>(d+=c)).on("end",()=>process.stdout.write(String(JSON.parse(d)[process.argv[1]])))' "$1"; }
login() {
  curl -s -X POST "$api/auth/login" -H 'content-type: application/json' -d "{\"email\":\"$1\",\"password\":\"$2\"}"
}
for person in owner@demo.pitlane.local:demo-garage-wrench-2026:owner manager@demo.pitlane.local:demo-manager-torque-2026:manager \
  mechanic@demo.pitlane.local:demo-mechanic-spanner-2026:mechanic; do
  IFS=: read -r email password role <<<"$person"
  grep -q "$email / $password" "$log" || { echo "smoke: npm start did not print the login of $email"; exit 1; }
  answer=$(login "$email" "$password")
  [ "$(field role <<<"$answer")" = "$role" ] || { echo "smoke: the demo $role's login answered $answer"; exit 1; }
done
echo "smoke: the demo owner, manager and mechanic log in with the printed passwords"
token=$(login owner@demo.pitlane.local demo-garage-wrench-2026 | field accessToken)
total() { curl -fsS "$api/$1" -H "authorization: Bearer $token" | field total; }

clients=$(total "clients?limit=1")
vehicles=$(total "vehicles?limit=1")
[ "$clients" -ge 40 ] && [ "$vehicles" -ge 55 ] || { echo "smoke: the demo has $clients clients and $vehicles vehicles"; exit 1; }
for status in draft estimate_sent approved in_progress waiting_parts completed invoiced paid declined cancelled; do
  [ "$(total "repair-orders?limit=1&status=$status")" -ge 1 ] || { echo "smoke: the demo has no $status repair order"; exit 1; }
done
echo "smoke: the demo has $clients clients, $vehicles vehicles and a repair order in every status"
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

# Links in mail follow the port npm start listens on (PUBLIC_BASE_URL unset). Only the mails of
# this run tell: a demo workshop kept in .data/ from an earlier run is not built (nor mailed) again.
# Some mails (an invoice, "your car is ready") carry no link; every link the others carry must.
linked=0
while IFS= read -r fresh; do
  # Quoted-printable may fold the line: join soft breaks before looking.
  links=$(sed -e ':a' -e '/=$/{N;s/=\n//;ba}' "$fresh" | grep -o 'http://localhost:[0-9]*/' | sort -u || true)
  [ -z "$links" ] && continue
  [ "$links" = "http://localhost:$port/" ] \
    || { echo "smoke: a mail of this run links to $links, not http://localhost:$port/"; exit 1; }
  linked=$(( linked + 1 ))
done < <(find .data/mail -name '*.eml' -newer "$started_stamp" 2>/dev/null)
if [ "$linked" -gt 0 ]; then
  echo "smoke: the $linked mails of this run with links link to http://localhost:$port, the port npm start serves"
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

# A second start finds the demo complete: it adds nothing, and says so.
start
for _ in $(seq 1 240); do demo_done "$log" && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
grep -q "Demo data: .*nothing to add" "$log" || { echo "smoke: the second start changed the demo:"; grep "Demo data\|demo" "$log"; tail -20 "$log"; exit 1; }
token=$(login owner@demo.pitlane.local demo-garage-wrench-2026 | field accessToken)
[ "$(total "clients?limit=1")" = "$clients" ] || { echo "smoke: the second start changed the number of clients"; exit 1; }
echo "smoke: a second start adds nothing to the demo ($(grep -o 'checked in [0-9.]* s' "$log"))"
kill -INT -- "-$pid"
trap - EXIT
for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
echo "1 passed, 0 failed"
