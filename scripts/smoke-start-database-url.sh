#!/usr/bin/env bash
# Proves issue 13's two scenarios of `npm start` with DATABASE_URL, run as a user would, on the
# machine's PostgreSQL (127.0.0.1:5432, superuser `postgres`; skipped, saying so, without one):
#  1. a superuser URL is only used to provision the owner and application roles: the API and worker
#     then run as the application role, and the operator pool as the operator role (seen in
#     pg_stat_activity; nothing connects as the superuser or the owner), readiness reports the role safe,
#     and the demo owner logs in;
#  2. an ordinary role that owns the database is refused: npm start exits non-zero, says why, and
#     nothing listens;
# and that the API itself refuses a superuser connection with exit 78 (the boot guard).
# Used by .ci/run after `npm run build`; safe to run by hand (it makes and drops its own database
# and roles, and leaves pitlane_owner/pitlane_app alone if they existed before).
set -euo pipefail
cd "$(dirname "$0")/.."

admin="postgres://postgres@127.0.0.1:5432"
if ! command -v psql >/dev/null || ! psql "$admin/postgres" -Atqc 'select 1' >/dev/null 2>&1; then
  echo "smoke-db-url: no PostgreSQL superuser on 127.0.0.1:5432; skipped"; exit 0
fi
sql() { psql "$admin/postgres" -Atqc "$1"; }
if [ -n "$(sql "select 1 from pg_roles where rolname in ('pitlane_owner', 'pitlane_app', 'pitlane_operator', 'pitlane_owner_definer')")" ]; then
  echo "smoke-db-url: roles pitlane_owner/pitlane_app/pitlane_operator already exist on this server; skipped so as not to change them"
  exit 0
fi

run_id="$(node -e 'process.stdout.write(require("node:crypto").randomBytes(3).toString("hex"))')"
db="pitlane_smoke_${run_id}"
squatter="pitlane_smoke_${run_id}_squatter"
port="${SMOKE_DB_URL_HTTP_PORT:-3320}"
metrics_port="${SMOKE_DB_URL_METRICS_PORT:-9484}"
log="$(mktemp)"
pid=""
cleanup() {
  [ -n "$pid" ] && { kill -INT -- "-$pid" 2>/dev/null || true; for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done; }
  sql "drop database if exists ${db} with (force)" || true
  sql "drop database if exists ${db}_owned with (force)" || true
  sql "drop role if exists pitlane_app" || true
  sql "drop role if exists pitlane_operator" || true
  sql "drop role if exists pitlane_owner_definer" || true
  sql "drop role if exists pitlane_owner" || true
  sql "drop role if exists ${squatter}" || true
}
trap cleanup EXIT
fail() { echo "smoke-db-url: $1"; tail -40 "$log"; exit 1; }
start() {
  HTTP_PORT="$port" METRICS_PORT="$metrics_port" WORKER_METRICS_PORT="$(( metrics_port + 1 ))" \
    LOCAL_SMTP_PORT="${SMOKE_DB_URL_SMTP_PORT:-2545}" DATABASE_URL="$1" setsid npm start >"$log" 2>&1 &
  pid=$!
}
unset DATABASE_MIGRATION_URL SMTP_HOST REDIS_URL

# 1. A superuser URL: provisioned roles, the app runs as pitlane_app.
sql "create database ${db}"
start "$admin/${db}"
ready=""
for _ in $(seq 1 90); do
  if curl -fsS "http://127.0.0.1:$port/health/ready" >"$log.ready" 2>/dev/null; then ready=yes; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
[ -n "$ready" ] || fail "npm start with a superuser DATABASE_URL did not become ready"
grep -q '"databaseRole":"up"' "$log.ready" || fail "readiness does not report the database role as safe: $(cat "$log.ready")"
grep -q "used it only to make pitlane_owner" "$log" || fail "npm start did not say it only provisioned with the superuser URL"
roles="$(sql "select string_agg(distinct usename, ',') from pg_stat_activity where datname = '${db}' and application_name like 'pitlane-%' and application_name <> 'pitlane-migrate'")"
# The operator pool (pitlane_operator, aggregate views only) may or may not have connected yet.
case "$roles" in
  pitlane_app | pitlane_app,pitlane_operator) ;;
  *) fail "the API and worker connect as '${roles}', not only pitlane_app (and pitlane_operator)" ;;
esac
for _ in $(seq 1 20); do grep -q "Demo login" "$log" && break; sleep 0.5; done
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/api/v1/auth/login" \
  -H 'content-type: application/json' -d '{"email":"owner@demo.pitlane.local","password":"demo-garage-wrench-2026"}')
[ "$status" = 200 ] || fail "the demo owner's login answered $status"
echo "smoke-db-url: a superuser DATABASE_URL only provisioned the roles; API and worker run as pitlane_app, ready, demo login works"
kill -INT -- "-$pid"
for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
pid=""

# The API alone, given the superuser URL: the boot guard refuses it with exit 78.
set +e
HTTP_PORT="$port" METRICS_PORT="$metrics_port" NODE_ENV=production LOG_LEVEL=info DATABASE_URL="$admin/${db}" \
  JWT_SECRET="smoke-secret-that-is-long-enough-0123456789" MASTER_KEY="$(node -e 'process.stdout.write(Buffer.alloc(32,1).toString("base64"))')" \
  timeout 60 node apps/api/dist/main.js >"$log" 2>&1
code=$?
set -e
[ "$code" = 78 ] || fail "the API as a superuser exited $code, not 78"
grep -q "Refusing to start" "$log" || fail "the API's refusal does not say why"
echo "smoke-db-url: the API refuses to run as a superuser (exit 78) and says why"

# 2. An ordinary role that owns the database: refused, nothing listens.
sql "create role ${squatter} login password 'smoke-squatter'"
sql "create database ${db}_owned owner ${squatter}"
start "postgres://${squatter}:smoke-squatter@127.0.0.1:5432/${db}_owned"
for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$pid" 2>/dev/null; then fail "npm start with a database owner's URL is still running"; fi
wait "$pid" && fail "npm start with a database owner's URL exited 0" || true
pid=""
grep -q "row-level security does not hold it" "$log" || fail "npm start refused the owner's URL without saying why"
if curl -fsS "http://127.0.0.1:$port/health/live" >/dev/null 2>&1; then fail "something still listens on $port"; fi
echo "smoke-db-url: a database owner's DATABASE_URL is refused with the reason; nothing listens"
echo "3 passed, 0 failed"
