#!/usr/bin/env bash
# Peak memory and CPU of `gbv validate` on a plan file within the 16 MiB limit made of one line of empty strings in
# "agencies" (each one a diagnostic), and on one a quarter of that size (docs/performance.md, issue 25).
# Uses the tool as built by `dotnet build` (Debug unless CONFIGURATION is set); needs /usr/bin/time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
configuration="${CONFIGURATION:-Debug}"
tool="$root/src/Gbv.Domain.Cli/bin/$configuration/net10.0/gbv.dll"
[ -f "$tool" ] || { echo "build first: dotnet build Gbv.Domain.sln -c $configuration" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for size in 4 16; do
  python3 - "$work/plan-$size.json" "$size" <<'PY'
import sys
path, mib = sys.argv[1], int(sys.argv[2])
head, tail = b'{"format":"gbv-plan/1","agencies":[', b']}'
room = mib * 1024 * 1024 - len(head) - len(tail)
count = (room + 1) // 3  # '"",' per string, the last without its comma
with open(path, "wb") as f:
    f.write(head + b",".join([b'""'] * count) + tail)
print(f"{path}: {count:,} strings", file=sys.stderr)
PY
  /usr/bin/time -f "$size MiB: user %U s, elapsed %e s, peak RSS %M KB" \
    dotnet "$tool" validate "$work/plan-$size.json" --lang en > "$work/out-$size.txt" 2>&1 || true
  tail -n 1 "$work/out-$size.txt"
  grep -c "GBV" "$work/out-$size.txt" | sed "s/^/  diagnostics printed: /"
done
