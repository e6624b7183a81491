#!/usr/bin/env python3
"""Mutation scores by folder of src/Gbv.Domain from one or more Stryker JSON reports (later reports win per file they tested).

score = killed (incl. timeouts) / (killed + survived + no coverage); compile errors and ignored mutants are out,
as in Stryker's own score. Prints a Markdown table, then the survivors file by file."""
import json, sys, collections

files = {}
for path in sys.argv[1:]:
    report = json.load(open(path, encoding="utf-8"))
    for name, f in report["files"].items():
        # A file a run did not mutate (outside its globs) lists no mutants, or only ignored ones: keep the earlier run's.
        tested = [m for m in f["mutants"] if m["status"] not in ("Ignored", "CompileError")]
        if tested or name not in files:
            files[name] = f["mutants"]

def folder(name):
    parts = name.replace("\\", "/").split("/")
    i = parts.index("Gbv.Domain") if "Gbv.Domain" in parts else len(parts) - 2
    rest = parts[i + 1:]
    return rest[0] if len(rest) > 1 else "(root)"

by = collections.defaultdict(lambda: collections.Counter())
survivors = []
for name, mutants in files.items():
    for m in mutants:
        s = m["status"]
        c = by[folder(name)]
        if s in ("Killed", "Timeout"):
            c["killed"] += 1
        elif s in ("Survived", "NoCoverage"):
            c["survived" if s == "Survived" else "nocoverage"] += 1
            survivors.append((name.split("Gbv.Domain/")[-1], m["location"]["start"]["line"], m["mutatorName"], s,
                              m.get("replacement", "").replace("\n", " ")[:90]))

def score(c):
    d = c["killed"] + c["survived"] + c["nocoverage"]
    return (100.0 * c["killed"] / d) if d else float("nan"), d

print("| folder | killed | survived | no coverage | score |")
print("|---|---:|---:|---:|---:|")
total = collections.Counter()
for f in sorted(by):
    c = by[f]; total.update(c)
    s, d = score(c)
    if not d:
        continue
    print(f"| {f} | {c['killed']} | {c['survived']} | {c['nocoverage']} | {s:.1f}% |")
s, d = score(total)
print(f"| **all** | {total['killed']} | {total['survived']} | {total['nocoverage']} | **{s:.1f}%** |")
print()
for name, line, mutator, status, repl in sorted(survivors):
    print(f"- {name}:{line} {mutator} ({status}): `{repl}`")
