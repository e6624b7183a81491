#!/usr/bin/env bash
# Ships a release's public API: what each package's PublicAPI.Unshipped.txt declares moves to PublicAPI.Shipped.txt,
# and Unshipped starts empty. From then on the analyzer (RS0016/RS0017) fails the build when a shipped signature
# changes: a positional record gains fields as init-only properties, never as constructor parameters
# (docs/architecture.md, "Compatibility"). Run it once per release, on the commit that is released.
set -euo pipefail
cd "$(dirname "$0")/.."
for unshipped in src/*/PublicAPI.Unshipped.txt; do
  shipped="$(dirname "$unshipped")/PublicAPI.Shipped.txt"
  { echo '#nullable enable'; { grep -v '^#nullable enable$' "$shipped" || true; grep -v '^#nullable enable$' "$unshipped" || true; } | grep -v '^$' | LC_ALL=C sort -u; } > "$shipped.new"
  mv "$shipped.new" "$shipped"
  echo '#nullable enable' > "$unshipped"
done
git --no-pager diff --stat -- 'src/*/PublicAPI.*.txt' || true
