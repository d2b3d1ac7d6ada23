#!/usr/bin/env bash
# Measures RunnerStrength's FIT decoder next to the official Garmin JavaScript SDK on the same files and
# machine. usage: bench/fit-vs-official.sh [REPEAT] [FOLDER]   (defaults: 10, ../shared/fit-corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
repeat=${1:-10}
corpus=$(realpath "${2:-../shared/fit-corpus}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ../shared is read-only: the SDK is installed in a writable copy of its folder.
cp -r ../shared/tools/fitref "$work/fitref"
chmod -R u+w "$work/fitref"
(cd "$work/fitref" && npm ci --silent --no-audit --no-fund >/dev/null)

dotnet build -c Release src/RunnerStrength -v quiet -nologo >/dev/null
echo "== official JavaScript SDK (node $(node --version))"
(cd "$work/fitref" && node bench.mjs "$repeat" "$corpus")
echo "== RunnerStrength (one thread, full decode)"
dotnet src/RunnerStrength/bin/Release/net10.0/runnerstrength.dll fit bench "$corpus" --repeat "$repeat"
