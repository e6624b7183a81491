#!/usr/bin/env bash
# Records new public API of each library package in its PublicAPI.Unshipped.txt, using the analyzer's own code fix.
# Review the diff: every line is a promise to users.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/PublicAPI.Unshipped.txt; do
  folder=$(dirname "$project")
  dotnet format analyzers "$folder/$(basename "$folder").csproj" --diagnostics RS0016 RS0017 RS0037 --severity warn
done
git --no-pager diff --stat -- 'src/*/PublicAPI.Unshipped.txt' || true
