#!/usr/bin/env bash
# Start-up benchmark of the PUBLISHED Release host: process start -> first 200 of GET /t/demo/account/login,
# then the resident memory (VmRSS) after that page and after an idle period. The host runs in Production with
# Security:RequireHttps=false, as behind a proxy that terminates TLS (plain http on the loopback).
#
#   benchmarks/startup.sh [--engine sqlite|postgres] [--runs N] [--idle SECONDS] [--publish-dir DIR] [--no-publish]
#                         [--nice N] [--against DIR] [--breakdown]
#
# The database is prepared once (migrated + demo seed via the `seed-demo` verb), then every measured run starts the
# host on that already-seeded database. Uses hyperfine when installed (apt-get install -y hyperfine), else a loop.
# --against DIR compares with another published host (e.g. the previous commit's): the two start alternately, run for
# run, on the same database, and each gets its own figures; on a machine whose speed drifts (±0.3 s here from one
# hour to the next) only such interleaved runs tell whether a change helped.
# --nice -10 runs the host at a raised priority (root only): on a machine shared with other jobs, that approximates
# an idle machine; the CPU time of the host until the first page is printed too, and does not depend on the load.
# --breakdown prints, after the idle period, where the resident memory is (from /proc/<pid>/smaps): runtime data
# (memfd:doublemapper: loader heaps and JIT code), other anonymous memory (GC heap, stacks, native allocations), and the
# mapped images by kind (framework, ASP.NET Core, NuGet libraries, our assemblies, native libraries), with the largest ones.
# After the idle period it also prints PSS, USS and Private_Dirty (from /proc/<pid>/smaps_rollup) next to VmRSS.
# For PostgreSQL a throw-away server is started from /usr/lib/postgresql/*/bin (benchmarks/lib.sh).
set -euo pipefail

ENGINE=sqlite RUNS=10 IDLE=30 PUBLISH=1 AGAINST="" BREAKDOWN=0
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${TMPDIR:-/tmp}/wmk-startup-bench"
PUB="$WORK/publish"
PATH_PAGE="/t/demo/account/login"

# --- one measured start (used by hyperfine or the loop): prints "<ms> <cpu-ms> <rss-kB>" to $RESULTS ------------
once() {
  local db="$1" port="$2" results="$3"
  cd "$PUB"
  local start end pid code=000
  start=$(date +%s%N)
  nice -n "${WMK_BENCH_NICE:-0}" ./Wmk.Host --db "$db" --urls "http://127.0.0.1:$port" --Security:RequireHttps=false >>"$WORK/host.log" 2>&1 &
  pid=$!
  until [ "$code" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "host exited early, see $WORK/host.log" >&2; exit 1; }
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$PATH_PAGE" || true)
    [ "$code" = 200 ] || sleep 0.01
  done
  end=$(date +%s%N)
  local rss ticks
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")   # utime + stime, in clock ticks
  kill -9 "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $(( ticks * 1000 / $(getconf CLK_TCK) )) $rss" >>"$results"
}

if [ "${1:-}" = "--once" ]; then shift; PUB="$4"; WORK="$5"; once "$1" "$2" "$3"; exit 0; fi

while [ $# -gt 0 ]; do
  case "$1" in
    --engine) ENGINE="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --idle) IDLE="$2"; shift 2 ;;
    --publish-dir) PUB="$2"; shift 2 ;;
    --no-publish) PUBLISH=0; shift ;;
    --nice) export WMK_BENCH_NICE="$2"; shift 2 ;;
    --against) AGAINST="$(cd "$2" && pwd)"; shift 2 ;;
    --breakdown) BREAKDOWN=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

mkdir -p "$WORK"
source "$ROOT/benchmarks/lib.sh"

if [ "$PUBLISH" = 1 ]; then
  echo "Publishing host/Wmk.Host (Release) to $PUB ..."
  dotnet publish "$ROOT/host/Wmk.Host" -c Release -o "$PUB" -v quiet -nologo >/dev/null
fi

trap stop_postgres EXIT
case "$ENGINE" in
  sqlite)
    rm -f "$WORK"/wmk.db*
    DB="Data Source=$WORK/wmk.db" ;;
  postgres) start_postgres ;;
  *) echo "engine must be sqlite or postgres" >&2; exit 2 ;;
esac

echo "Migrating and seeding the $ENGINE database once ..."
(cd "$PUB" && ./Wmk.Host --db "$DB" seed-demo >"$WORK/seed.log" 2>&1) || { cat "$WORK/seed.log"; exit 1; }

stats() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median %d, max %d", m, a[NR]}'; }
PORT=$(free_port)
: >"$WORK/host.log"

# --- where the resident memory is, by kind of mapping ------------------------------------------------------------
breakdown() {
  python3 - "$1" <<'PY'
import collections, re, sys
rss = collections.Counter()
name = None
for line in open(sys.argv[1]):
    if re.match(r'^[0-9a-f]+-[0-9a-f]+ ', line):
        parts = line.split()
        name = parts[5] if len(parts) > 5 else '[anon]'
    elif line.startswith('Rss:'):
        rss[name] += int(line.split()[1])
def kind(path):
    if 'doublemapper' in path: return 'runtime data (loader heaps, JIT code)'
    if path.startswith('['): return 'anonymous (GC heap, stacks, native)'
    if '.so' in path: return 'native libraries'
    if '/Microsoft.NETCore.App/' in path: return 'framework assemblies'
    if '/Microsoft.AspNetCore.App/' in path: return 'ASP.NET Core assemblies'
    if '/Wmk.' in path: return 'our assemblies'
    if path.endswith('.dll'): return 'NuGet assemblies'
    return 'other files'
kinds = collections.Counter()
for path, kb in rss.items():
    kinds[kind(path)] += kb
print(f"  resident memory by kind (MB), {sum(rss.values()) / 1024:.1f} in all:")
for k, kb in kinds.most_common():
    print(f"    {kb / 1024:6.1f}  {k}")
print("  largest images (MB):")
for path, kb in [(p, kb) for p, kb in rss.most_common() if not p.startswith('[') and 'doublemapper' not in p][:12]:
    print(f"    {kb / 1024:6.1f}  {path.split('/')[-1]}")
PY
}

# --- idle memory: one more start, then wait $IDLE seconds ---------------------------------------------------------
idle() {
  cd "$1"
  nice -n "${WMK_BENCH_NICE:-0}" ./Wmk.Host --db "$DB" --urls "http://127.0.0.1:$PORT" --Security:RequireHttps=false >>"$WORK/host.log" 2>&1 &
  local host=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$PATH_PAGE" || true)" = 200 ]; do sleep 0.05; done
  local after_page after_idle
  after_page=$(awk '/^VmRSS/ {print int($2/1024)}' "/proc/$host/status")
  sleep "$IDLE"
  after_idle=$(awk '/^VmRSS/ {print int($2/1024)}' "/proc/$host/status")
  # The same moment in the measures that do not count clean file pages shared with other processes in full: PSS shares
  # them out, USS counts only the host's own pages, Private_Dirty only what the host has written (see performance.md).
  local own
  own=$(awk '/^(Pss|Private_Clean|Private_Dirty):/ {v[$1]=$2} END {printf "PSS %d, USS %d, Private_Dirty %d", v["Pss:"]/1024, (v["Private_Clean:"]+v["Private_Dirty:"])/1024, v["Private_Dirty:"]/1024}' "/proc/$host/smaps_rollup")
  [ "$BREAKDOWN" = 1 ] && breakdown "/proc/$host/smaps"
  kill "$host"; wait "$host" 2>/dev/null || true
  echo "VmRSS after the page / after ${IDLE}s idle (MB): $after_page / $after_idle"
  echo "after ${IDLE}s idle (MB): $own"
}

report() {
  echo "start -> first 200 of $PATH_PAGE (ms):   $(cut -d' ' -f1 "$1" | stats)"
  [ -n "${HF_MEDIAN:-}" ] && echo "hyperfine wall time per run (ms):         median $HF_MEDIAN, max $HF_MAX (includes script + kill overhead)"
  echo "CPU time of the host until then (ms):     $(cut -d' ' -f2 "$1" | stats)"
  echo "VmRSS after the first page (MB):          $(awk '{print int($3/1024)}' "$1" | stats)"
}

if [ -n "$AGAINST" ]; then
  A="$PUB" B="$AGAINST"
  PUB="$A"; once "$DB" "$PORT" "$WORK/warmup.txt"; PUB="$B"; once "$DB" "$PORT" "$WORK/warmup.txt"
  : >"$WORK/results-a.txt"; : >"$WORK/results-b.txt"
  for _ in $(seq "$RUNS"); do
    PUB="$A"; once "$DB" "$PORT" "$WORK/results-a.txt"
    PUB="$B"; once "$DB" "$PORT" "$WORK/results-b.txt"
  done
  echo
  echo "== $ENGINE: $RUNS alternating runs each, $(nproc) cores, nice ${WMK_BENCH_NICE:-0}, load average $(cut -d' ' -f1-3 /proc/loadavg) =="
  echo "-- $A"; report "$WORK/results-a.txt"; idle "$A"
  echo "-- $B"; report "$WORK/results-b.txt"; idle "$B"
  exit 0
fi

RESULTS="$WORK/results-$ENGINE.txt"; : >"$RESULTS"
SELF="$ROOT/benchmarks/startup.sh"
if command -v hyperfine >/dev/null; then
  hyperfine --runs "$RUNS" --warmup 1 --shell=none --style basic --export-json "$WORK/hyperfine-$ENGINE.json" \
    "$SELF --once '$DB' $PORT $RESULTS $PUB $WORK" >/dev/null
  # hyperfine's warm-up also appends a line: drop the first line.
  sed -i '1d' "$RESULTS"
  read -r HF_MEDIAN HF_MAX < <(jq -r '.results[0] | "\(.median*1000|floor) \(.max*1000|floor)"' "$WORK/hyperfine-$ENGINE.json")
else
  once "$DB" "$PORT" "$WORK/warmup.txt"
  for _ in $(seq "$RUNS"); do once "$DB" "$PORT" "$RESULTS"; done
fi

echo
echo "== $ENGINE: $RUNS runs, $(nproc) cores, nice ${WMK_BENCH_NICE:-0}, load average $(cut -d' ' -f1-3 /proc/loadavg) =="
report "$RESULTS"
idle "$PUB"
