#!/usr/bin/env bash
# Publishes the Quickstart with Native AOT and runs it: the package must compile ahead of time with no trimming or
# AOT warning and give the same answers. Not part of CI (it takes minutes); tests/Gbv.Domain.PackageTests runs the
# trimmed (not native) publish on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
log="$out/publish.log"
dotnet publish samples/Quickstart -c Release -r linux-x64 -p:PublishAot=true -o "$out/app" | tee "$log"
if grep -qE "warning (IL|AOT)[0-9]+" "$log"; then
  echo "trimming or AOT warnings: see $log" >&2
  exit 1
fi
"$out/app/Quickstart" | grep -q "victims-supported (more than 90% by 2020): NotMet" && echo "native Quickstart: OK ($(du -h "$out/app/Quickstart" | cut -f1))"
