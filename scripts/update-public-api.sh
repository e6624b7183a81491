#!/usr/bin/env bash
# Records the public API of each library package in its PublicAPI.Unshipped.txt: first drops the lines the analyzer
# says no longer exist (RS0017: a member removed, renamed or moved), then adds what is new with the analyzer's own
# code fix (RS0016). Review the diff: every line is a promise to users. A shipped member (PublicAPI.Shipped.txt, 0.1
# on) is never dropped here: changing one is a breaking change, made by hand if ever (docs/architecture.md).
set -euo pipefail
cd "$(dirname "$0")/.."
for api in src/*/PublicAPI.Unshipped.txt; do
  folder=$(dirname "$api")
  project="$folder/$(basename "$folder").csproj"
  # RS0017 names the file and line of each stale entry; delete those lines, highest first.
  { dotnet build "$project" -v q -p:TreatWarningsAsErrors=false -p:WarningsAsErrors=RS0017 2>&1 || true; } \
    | grep -oE "PublicAPI\.Unshipped\.txt\(([0-9]+),[0-9]+\): error RS0017" | grep -oE "\(([0-9]+)" | tr -d '(' \
    | sort -un | sort -rn | while read -r line; do sed -i "${line}d" "$api"; done || true
  dotnet format analyzers "$project" --diagnostics RS0016 RS0017 RS0037 --severity warn
done
git --no-pager diff --stat -- 'src/*/PublicAPI.Unshipped.txt' || true
