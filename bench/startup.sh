#!/usr/bin/env bash
# Whole-process figures for the service: time from start to a healthy /healthz, and resident memory (VmRSS, in
# MiB as top and systemctl status show it) when idle, for the Release build (JIT, as `dotnet run` starts it) and
# for the ReadyToRun publish that deploy/runnerstrength.service installs, run with the unit's Environment= lines.
# Idle is measured twice: 15 s after healthy (the start-up catch-up done), and 15 s after the dashboard and the
# settings page were shown once.
# usage: bench/startup.sh [RUNS]   (default 5; fresh data folder each run: first start with migrations)
#        CALENDARS=1 bench/startup.sh [RUNS]   the same with all three calendars configured (CalDAV, Google,
#        Outlook; not connected, and the CalDAV server unreachable, so the engine's outbox and clients are loaded)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
published=$(mktemp -d)
trap 'rm -rf "$published"' EXIT
dotnet build -c Release src/RunnerStrength -v quiet -nologo >/dev/null
dotnet publish src/RunnerStrength -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$published" -v quiet -nologo >/dev/null
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()')
mapfile -t unit_environment < <(sed -n 's/^Environment=//p' deploy/runnerstrength.service)
calendar_environment=(CALENDARS=0)
if [ "${CALENDARS:-0}" = 1 ]; then
  calendar_environment=(
    RunnerStrength__Calendar__CalDav__Url=http://127.0.0.1:9/dav/
    RunnerStrength__Calendar__Google__ClientId=bench.apps.googleusercontent.com
    RunnerStrength__Calendar__Google__ClientSecret=bench-secret
    RunnerStrength__Calendar__Microsoft__ClientId=00000000-0000-0000-0000-000000000000
  )
fi
rss_mib() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

measure() {
  local name=$1 exe=$2 run=$3; shift 3
  local data start ready pid idle pages
  data=$(mktemp -d)
  start=$(date +%s.%N)
  env "$@" RunnerStrength__Web__Urls="http://127.0.0.1:$port" dotnet "$exe" serve --data "$data/data" >"$data/log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.02; done
  ready=$(date +%s.%N)
  sleep 15 # the Hangfire server polls, nothing else runs
  idle=$(rss_mib "$pid")
  curl -sf "http://127.0.0.1:$port/" >/dev/null
  curl -sf "http://127.0.0.1:$port/Settings" >/dev/null
  sleep 15
  pages=$(rss_mib "$pid")
  kill -TERM "$pid"; wait "$pid" || true
  rm -rf "$data"
  awk -v name="$name" -v run="$run" -v a="$ready" -v b="$start" -v idle="$idle" -v pages="$pages" 'BEGIN {
    printf "%s run %d: healthy after %.2f s (first start: migrations, seeding, key ring), idle %d MiB, after the two pages %d MiB\n", name, run, a - b, idle, pages }'
}

for run in $(seq 1 "$runs"); do
  measure build src/RunnerStrength/bin/Release/net10.0/runnerstrength.dll "$run" "${calendar_environment[@]}"
done
for run in $(seq 1 "$runs"); do
  measure "readytorun (${unit_environment[*]})" "$published/runnerstrength.dll" "$run" "${unit_environment[@]}" "${calendar_environment[@]}"
done
