#!/usr/bin/env bash
# Records new public API of src/Gbv.Domain in PublicAPI.Unshipped.txt, using the analyzer's own code fix.
# Review the diff: every line is a promise to users.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet format analyzers src/Gbv.Domain/Gbv.Domain.csproj --diagnostics RS0016 RS0017 RS0037 --severity warn
git --no-pager diff --stat -- src/Gbv.Domain/PublicAPI.Unshipped.txt || true
