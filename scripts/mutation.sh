#!/usr/bin/env bash
# Mutation testing of src/Gbv.Domain with Stryker.NET (local tool, .config/dotnet-tools.json), then scores by folder.
#   scripts/mutation.sh                 every file of src/Gbv.Domain (hours on two cores)
#   scripts/mutation.sh critical        target arithmetic, indicator status and referral decisions only
#   scripts/mutation.sh 'glob' ...      the files matching the globs, e.g. '**/Reporting/*.cs'
# Not part of CI: too slow. The report lands in artifacts/mutation/<time>/reports/mutation-report.{json,html}
# and the scores by folder are printed by scripts/mutation-scores.py.
# Run it from a clean worktree you do not build in meanwhile: Stryker replaces Gbv.Domain.dll in the test
# project's output, and a build during the run would put the unmutated one back.
set -euo pipefail
cd "$(dirname "$0")/.."
critical=('**/Indicators/TargetCalculator.cs' '**/Indicators/Threshold.cs' '**/Indicators/IndicatorEvaluator.cs'
  '**/Referrals/ReferralEngine.cs' '**/Referrals/ReferralRule.cs' '**/Referrals/ReferralRuleSet.cs' '**/Referrals/ReferralDecision.cs')
if [ $# -eq 0 ]; then globs=('**/*.cs'); elif [ "$1" = critical ]; then globs=("${critical[@]}"); else globs=("$@"); fi
args=()
for g in "${globs[@]}"; do args+=(--mutate "$g"); done
# Generated and plumbing code that no test can sensibly kill (obj/, attributes) stays out.
args+=(--mutate '!**/obj/**/*.cs')
out=$(pwd)/artifacts/mutation/$(date -u +%Y%m%dT%H%M%SZ)
dotnet tool restore >/dev/null
# The test project then runs its tests one at a time (tests/Gbv.Domain.Tests/MutationRun.cs): per-test coverage is exact.
export GBV_MUTATION_RUN=true
cd tests/Gbv.Domain.Tests
# xunit v3 runs on Microsoft.Testing.Platform: Stryker's MTP runner (preview in 5.x) is the one that can run it.
dotnet stryker --test-runner mtp --project Gbv.Domain.csproj "${args[@]}" \
  --reporter json --reporter html --reporter progress --concurrency "${STRYKER_CONCURRENCY:-2}" --output "$out"
python3 ../../scripts/mutation-scores.py "$out/reports/mutation-report.json"
