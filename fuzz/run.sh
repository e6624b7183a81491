#!/usr/bin/env bash
# Fuzzes one entry point with AFL++ and SharpFuzz: fuzz/run.sh <plan|condition|csv|jsonl|docx|pdf> <minutes>
# Needs Debian's afl++ (apt-get install afl++) and the SharpFuzz instrumentation tool (installed here on first run).
# Findings go to fuzz/findings/<target>/default/crashes and hangs: each becomes a regression test.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:-plan}
minutes=${2:-10}
tools=$(pwd)/.tools
[ -x "$tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
out=$(pwd)/bin/$target
rm -rf "$out"
mkdir -p findings
dotnet publish Gbv.Domain.Fuzz -c Release -o "$out" >/dev/null
# Instrument the code under test (not the harness, not the runtime).
"$tools/sharpfuzz" "$out/Gbv.Domain.dll"
"$tools/sharpfuzz" "$out/gbv.dll"
# AFL checks the dotnet host for instrumentation; the instrumented code is in the assemblies, so skip that check.
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1
timeout --preserve-status "$((minutes * 60))" afl-fuzz -i "corpus/$target" -o "findings/$target" -t 10000 -m none \
  -- dotnet "$out/Gbv.Domain.Fuzz.dll" "$target" || true
stats="findings/$target/default/fuzzer_stats"
grep -E "^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs)" "$stats"
