#!/usr/bin/env bash
# The test command: installs what the tests need (PostgreSQL server binaries, Chromium) when missing, builds, runs
# every test project on SQLite and a real PostgreSQL, and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
# The browser tests drive Debian's Chromium; Playwright must never download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null \
    || { echo "Could not install ${need[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi
# The documents module converts Word and HTML to PDF with LibreOffice headless (no recommends: no Java, no GUI).
if ! command -v soffice >/dev/null 2>&1; then
  echo "Installing libreoffice-writer-nogui ..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null \
    || { echo "Could not install libreoffice-writer-nogui"; echo "0 passed, 1 failed"; exit 1; }
fi

results=$(mktemp -d)
dotnet build Wmk.Platform.sln -c Release -nologo -v q 2>&1 | grep -E "error|Build succeeded|Warn" | sort -u
if [ "${PIPESTATUS[0]}" -ne 0 ]; then echo "0 passed, 1 failed"; exit 1; fi

# The browser tests run after the others, not beside them: they are the ones that feel the load of 2 busy cores. Their
# old 60 s time-outs turned out to be waits for Playwright's "load" event, which now and then never arrived (also alone);
# the tests' helpers (tests/Wmk.E2E.Tests/Browser.cs) no longer wait for it.
dotnet test Wmk.Platform.sln -c Release --no-build -nologo --filter "FullyQualifiedName!~Wmk.E2E.Tests." \
  --logger "trx" --results-directory "$results" 2>&1 \
  | tee "$results/console.txt" | grep -E "^(Passed!|Failed!)|^\s+Failed |Error Message" | head -200
status=${PIPESTATUS[0]}
dotnet test tests/Wmk.E2E.Tests/Wmk.E2E.Tests.csproj -c Release --no-build -nologo --logger "trx" --results-directory "$results" 2>&1 \
  | tee -a "$results/console.txt" | grep -E "^(Passed!|Failed!)|^\s+Failed |Error Message" | head -200
[ "${PIPESTATUS[0]}" -ne 0 ] && status=1

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$failed" -gt 0 ]; then
  # What failed, where and why, next to the last line (the message and our own stack frames; the rest is in the TRX).
  echo "--- failures ---"
  awk '/^  Failed /{print; mode=0; n=0; next}
       /^  Error Message:/{mode=1; n=0; next}
       /^  Stack Trace:/{mode=2; n=0; next}
       /^  (Standard Output Messages|Passed |Skipped )/{mode=0}
       mode==1 && n<15 {print; n++}
       mode==2 && / in .*Wmk[^ ]*\.cs:line [0-9]+/ && n<5 {print; n++}' "$results/console.txt"
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
