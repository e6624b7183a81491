#!/usr/bin/env bash
# Regenerates schema/gbv-plan.v1.schema.json from the format's contract and schema/gbv-tests.v1.schema.json from the
# scenario runner's (the tests compare them).
set -euo pipefail
cd "$(dirname "$0")/.."
GBV_UPDATE_SCHEMA=1 dotnet test tests/Gbv.Domain.Tests -- --filter-method "*The_shipped_schema_is_generated_from_the_contract" >/dev/null || true
GBV_UPDATE_SCHEMA=1 dotnet test tests/Gbv.Domain.Testing.Tests -- --filter-method "*The_shipped_scenario_schema_is_generated_from_the_contract" >/dev/null || true
dotnet build src/Gbv.Domain >/dev/null
dotnet test tests/Gbv.Domain.Tests -- --filter-class "Gbv.Domain.Tests.Definitions.SchemaTests"
