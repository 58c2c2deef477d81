#!/usr/bin/env bash
# Steady-state memory and HTTP load of the PUBLISHED Release host (demo seed), beside startup.sh's first minute.
#
#   benchmarks/steady.sh --publish-dir DIR [--against DIR] [--engine sqlite|postgres] [--minutes N] [--every SECONDS] [--poll INTERVAL]
#                        [--load-runs N] [--load-seconds S] [--apart]
#
# Idle: the host (and the --against one, at the same time, on their own ports) serves the login page once, then VmRSS
# is read every --every seconds (default 60) for --minutes (default 20). Its memory moves after startup.sh's 20 s: the
# outbox drainer polls every 5 minutes (allocations until a collection; code read back after each idle trim, see
# docs/operations/memory.md); --poll 00:01:00 (the host's Outbox:PollInterval) makes that five times as frequent.
# At the end of the idle part, one more GET of the page per host: its time (the first request after the idle period,
# when the host has handed memory back: see Memory:* in docs/operations) and VmRSS right after it.
# --apart idles the hosts one after the other instead of at once: a host hands back only file pages that no other
# process maps, so two hosts of one .NET installation running at once keep each other's shared framework pages.
# Load: --load-runs (default 3) alternating runs per host of wrk (apt-get install -y wrk) with 2 threads and 16
# connections on GET /t/demo/account/login for --load-seconds (default 20) after a 5 s warm-up: requests/s, median
# and 99th percentile latency, VmRSS right after the load and 30 s later. wrk shares the 2 cores with the host: compare
# only alternating runs of one invocation. --load-runs 0 skips the load part, --minutes 0 the idle part.
set -euo pipefail

PUB="" AGAINST="" ENGINE=sqlite MINUTES=20 EVERY=60 POLL="" LOAD_RUNS=3 LOAD_SECONDS=20 APART=0
WORK="${TMPDIR:-/tmp}/wmk-steady-bench"
PAGE="/t/demo/account/login"
while [ $# -gt 0 ]; do
  case "$1" in
    --publish-dir) PUB="$(cd "$2" && pwd)"; shift 2 ;;
    --against) AGAINST="$(cd "$2" && pwd)"; shift 2 ;;
    --engine) ENGINE="$2"; shift 2 ;;
    --minutes) MINUTES="$2"; shift 2 ;;
    --every) EVERY="$2"; shift 2 ;;
    --poll) POLL="$2"; shift 2 ;;
    --load-runs) LOAD_RUNS="$2"; shift 2 ;;
    --load-seconds) LOAD_SECONDS="$2"; shift 2 ;;
    --apart) APART=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$PUB" ] || { echo "--publish-dir is required (dotnet publish host/Wmk.Host -c Release -o DIR)" >&2; exit 2; }
[ "$LOAD_RUNS" = 0 ] || command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

mkdir -p "$WORK"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; stop_postgres' EXIT
case "$ENGINE" in
  sqlite) rm -f "$WORK"/wmk.db*; DB="Data Source=$WORK/wmk.db" ;;
  postgres) start_postgres ;;
  *) echo "engine must be sqlite or postgres" >&2; exit 2 ;;
esac
(cd "$PUB" && ./Wmk.Host --db "$DB" seed-demo >"$WORK/seed.log" 2>&1) || { cat "$WORK/seed.log"; exit 1; }
rss() { awk '/^VmRSS/ {print int($2/1024)}' "/proc/$1/status"; }
HOSTS=("$PUB"); [ -n "$AGAINST" ] && HOSTS+=("$AGAINST")

# Starts the host of folder $1 on port $2 and waits for its first page; prints the pid.
start() {
  local extra=()
  [ -n "$POLL" ] && extra=(--Outbox:PollInterval="$POLL")
  (cd "$1" && exec ./Wmk.Host --db "$DB" --urls "http://127.0.0.1:$2" --Security:RequireHttps=false "${extra[@]}" >>"$WORK/host.log" 2>&1) &
  local pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$2$PAGE" || true)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "host exited early, see $WORK/host.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "$pid"
}

# Idles the hosts of the folders given, at once: VmRSS every $EVERY s, then the page once more (time, VmRSS after).
idle() {
  local dirs=("$@") pids=() ports=() i
  declare -A series
  for dir in "${dirs[@]}"; do
    ports+=("$(free_port)"); pid=$(start "$dir" "${ports[-1]}"); pids+=("$pid"); PIDS+=("$pid"); series[$dir]="$(rss "$pid")"
  done
  for _ in $(seq "$EVERY" "$EVERY" $((MINUTES * 60))); do
    sleep "$EVERY"
    for i in "${!dirs[@]}"; do series[${dirs[$i]}]+=" $(rss "${pids[$i]}")"; done
  done
  for i in "${!dirs[@]}"; do
    local took
    took=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:${ports[$i]}$PAGE")
    echo "${dirs[$i]}: ${series[${dirs[$i]}]}"
    echo "  then one GET of the page: $(awk -v t="$took" 'BEGIN {printf "%d", t * 1000}') ms, VmRSS after it $(rss "${pids[$i]}") MB"
    kill "${pids[$i]}"; wait "${pids[$i]}" 2>/dev/null || true
  done
  PIDS=()
}

if [ "$MINUTES" != 0 ]; then
  mode=""
  [ -n "$AGAINST" ] && mode=", both hosts at once" && [ "$APART" = 1 ] && mode=", one host after the other"
  echo "== $ENGINE idle: VmRSS (MB) after the first page, then every ${EVERY}s for ${MINUTES} min${POLL:+ (outbox poll $POLL)}$mode =="
  PIDS=()
  if [ "$APART" = 1 ]; then
    for dir in "${HOSTS[@]}"; do idle "$dir"; done
  else
    idle "${HOSTS[@]}"
  fi
fi

if [ "$LOAD_RUNS" != 0 ]; then
  echo "== load: wrk -t2 -c16 -d${LOAD_SECONDS}s $PAGE, $LOAD_RUNS alternating runs per host =="
  for run in $(seq 1 "$LOAD_RUNS"); do
    for dir in "${HOSTS[@]}"; do
      port=$(free_port); pid=$(start "$dir" "$port"); PIDS=("$pid")
      wrk -t2 -c16 -d5s "http://127.0.0.1:$port$PAGE" >/dev/null
      out=$(wrk -t2 -c16 -d"${LOAD_SECONDS}s" --latency "http://127.0.0.1:$port$PAGE")
      after=$(rss "$pid"); sleep 30; later=$(rss "$pid")
      kill "$pid"; wait "$pid" 2>/dev/null || true; PIDS=()
      echo "run $run $dir: $(awk '/Requests\/sec/ {print $2}' <<<"$out") req/s, p50 $(awk '/ 50%/ {print $2}' <<<"$out"), p99 $(awk '/ 99%/ {print $2}' <<<"$out"), VmRSS after the load $after MB, 30 s later $later MB"
    done
  done
fi
