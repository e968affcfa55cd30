#!/usr/bin/env bash
# The rate-limiter tests (in process and through Redis), RUNS times in a row, with every core of
# the machine kept busy by a busy-loop process of its own: they must pass on a loaded machine.
#
#   scripts/stress-rate-limiter.sh              (RUNS=50; BUSY=<cores>; REDIS_URL, else its own redis-server)
#
# Prints one line per run and, at the end, "N passed, N failed" with the load averages seen.
# The output of a failed run is kept in the directory it names.
set -uo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-50}
busy=${BUSY:-$(nproc)}
logs=$(mktemp -d "${TMPDIR:-/tmp}/stress-rate-limiter.XXXXXX")
pids=()
redis_pid=""

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  if [ -n "$redis_pid" ]; then
    kill "$redis_pid" 2>/dev/null
    wait "$redis_pid" 2>/dev/null
  fi
  return 0
}
trap cleanup EXIT

if [ -z "${REDIS_URL:-}" ]; then
  port=$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no >/dev/null 2>&1 &
  redis_pid=$!
  for _ in $(seq 1 100); do
    redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  export REDIS_URL="redis://127.0.0.1:$port"
fi
export SMARTRECRUITERS_TEST_REDIS=required

for _ in $(seq 1 "$busy"); do
  node -e 'for (;;) {}' &
  pids+=($!)
done
sleep 1

passed=0
failed=0
loads=()
for run in $(seq 1 "$runs"); do
  log="$logs/run-$run.log"
  started=$SECONDS
  if npx vitest run test/internal/rate-limiter.test.ts test/redis/rate-limiter.test.ts >"$log" 2>&1; then
    passed=$((passed + 1))
    outcome=passed
    rm -f "$log"
  else
    failed=$((failed + 1))
    outcome="FAILED (see $log)"
  fi
  load=$(cut -d' ' -f1 /proc/loadavg)
  loads+=("$load")
  echo "run $run/$runs: $outcome in $((SECONDS - started)) s, load average $load"
done

summary=$(printf '%s\n' "${loads[@]}" | sort -n | awk '{ a[NR] = $1; s += $1 } END { printf "load average over the runs: mean %.2f, lowest %.2f, highest %.2f", s / NR, a[1], a[NR] }')
echo "$passed passed, $failed failed ($busy busy-loop processes on $(nproc) cores; $summary)"
[ "$failed" -eq 0 ]
