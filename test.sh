#!/usr/bin/env bash
# Runs every RunnerStrength test. Installs the system packages the tests use when run as root
# (CI does); otherwise names what to install. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"

# Real parts the tests start: CalDAV servers (Radicale, Xandikos, htpasswd from apache2-utils),
# an iCalendar validator (python3-vobject), a browser (Debian's chromium) for the web UI, and Node
# for the official FIT SDK that checks the workout files we write.
packages=(radicale xandikos apache2-utils python3-vobject chromium postgresql)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# Node may come from elsewhere (NodeSource bundles npm): Debian's packages only when the commands are missing.
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test.sh: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "test.sh: missing system packages; install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK (dotnet) is not on PATH" >&2; exit 1; }

# The official FIT SDK (the oracle for our workout files), pinned by tests/fitref/package-lock.json.
if [ ! -d tests/fitref/node_modules/@garmin/fitsdk ]; then
  npm ci --prefix tests/fitref --no-audit --no-fund --loglevel=error >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test RunnerStrength.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line over all test assemblies.
awk '/(Passed|Failed)!  -/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:")  f += $(i+1);
         if ($i == "Passed:")  p += $(i+1);
         if ($i == "Skipped:") s += $(i+1);
       }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
