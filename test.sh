#!/usr/bin/env bash
# Runs every RecordsBot test on this machine, installing what the tests need first:
#   - Debian's chromium (the Web Chat browser test drives it through Playwright; no browser download),
#   - Node.js/npm if missing (the build installs the official Web Chat bundle from package-lock.json),
#   - the fonts letters are printed in (Liberation, DejaVu), poppler-utils (tests read letters back with pdftotext and
#     render them with pdftoppm) and faketime (the reminder end-to-end test starts the real app days later),
#   - PostgreSQL (the Postgres* tests start their own throwaway server with initdb + pg_ctl; nothing else uses it).
# Usage: ./test.sh [extra dotnet test arguments, e.g. --filter DirectLine]
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_packages=()
[ -x /usr/bin/chromium ] || apt_packages+=(chromium)
command -v npm >/dev/null 2>&1 || apt_packages+=(nodejs npm)
[ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] || apt_packages+=(fonts-liberation)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || apt_packages+=(fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || apt_packages+=(poppler-utils)
command -v faketime >/dev/null 2>&1 || apt_packages+=(faketime)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || apt_packages+=(postgresql)
if [ ${#apt_packages[@]} -gt 0 ]; then
  echo "Installing ${apt_packages[*]} from Debian's packages..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_packages[@]}" >/dev/null
fi

command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is required (dotnet not found)." >&2; exit 1; }

# A test that hangs (say, a start-up that waits for itself) fails the run after 10 minutes, with a dump of the test
# process in artifacts/test-results, instead of holding CI until its time runs out.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test RecordsBot.sln -c Release --results-directory artifacts/test-results --logger "trx" --blame-hang-timeout 10m "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test projects.
awk '/(Passed|Failed)! +- +Failed:/ {
       gsub(/,/, "");
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
       seen = 1
     }
     END { if (seen) printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s; else print "Tests: 0 passed, 0 failed" }' "$log"
exit "$status"
