#!/usr/bin/env bash
# Regenerates schema/gbv-plan.v1.schema.json from the format's contract (the test compares them).
set -euo pipefail
cd "$(dirname "$0")/.."
GBV_UPDATE_SCHEMA=1 dotnet test tests/Gbv.Domain.Tests -- --filter-method "*The_shipped_schema_is_generated_from_the_contract" >/dev/null || true
GBV_UPDATE_SCHEMA=1 dotnet test tests/Gbv.Domain.Tests -- --filter-method "*The_shipped_scenario_schema_is_generated_from_the_contract" >/dev/null || true
dotnet build src/Gbv.Domain >/dev/null
dotnet test tests/Gbv.Domain.Tests -- --filter-class "Gbv.Domain.Tests.Definitions.SchemaTests"
