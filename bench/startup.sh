#!/usr/bin/env bash
# Whole-process figures for the service: time from start to a healthy /healthz, and memory when idle,
# for the Release build (JIT) and for the ReadyToRun publish that deploy/runnerstrength.service installs.
# usage: bench/startup.sh [RUNS]   (default 5; fresh data folder each run: first start with migrations)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
published=$(mktemp -d)
trap 'rm -rf "$published"' EXIT
dotnet build -c Release src/RunnerStrength -v quiet -nologo >/dev/null
dotnet publish src/RunnerStrength -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$published" -v quiet -nologo >/dev/null
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()')
for build in "build:src/RunnerStrength/bin/Release/net10.0/runnerstrength.dll" "readytorun:$published/runnerstrength.dll"; do
  name=${build%%:*}; exe=${build#*:}
  for run in $(seq 1 "$runs"); do
    data=$(mktemp -d)
    start=$(date +%s.%N)
    RunnerStrength__Web__Urls="http://127.0.0.1:$port" dotnet "$exe" serve --data "$data/data" >"$data/log" 2>&1 &
    pid=$!
    until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.02; done
    ready=$(date +%s.%N)
    sleep 10 # idle: the Hangfire server polls, nothing else runs
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    kill -TERM "$pid"; wait "$pid" || true
    rm -rf "$data"
    awk -v name="$name" -v run="$run" -v a="$ready" -v b="$start" -v rss="$rss" 'BEGIN { printf "%s run %d: healthy after %.2f s (first start: migrations, seeding, key ring), idle RSS %d MB\n", name, run, a - b, rss / 1024 }'
  done
done
