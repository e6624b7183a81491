#!/usr/bin/env python3
"""Writes docs/diagnostics.md: every diagnostic code with its messages and a real example from the
malformed-input corpus (the input lines around the location and what `gbv validate` prints).
Run after adding a code: python3 scripts/diagnostics-doc.py"""
import json, os, re, subprocess, sys
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
corpus = os.path.join(root, "tests/Gbv.Domain.Tests/Definitions/Malformed")
# The descriptors live by area beside the code that raises them: every src/**/*Diagnostics.cs of every package.
src = "".join(open(os.path.join(d, f), encoding="utf-8").read()
              for d, _, fs in sorted(os.walk(os.path.join(root, "src"))) if "/bin" not in d and "/obj" not in d
              for f in sorted(fs) if f.endswith("Diagnostics.cs"))
codes = sorted(re.findall(r'new\("(GBV\d{4})", ([EWIR]), "((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)"\)', src))
severity = {"E": "error", "W": "warning", "I": "info", "R": "review"}
manifest = {}
for line in open(os.path.join(corpus, "expected.tsv"), encoding="utf-8"):
    if line.startswith("#") or not line.strip(): continue
    f, c = line.rstrip("\n").split("\t")
    for code in c.split():
        manifest.setdefault(code, []).append(f)
elsewhere = {
    "GBV1000": ('PlanLoader.LoadFile("missing.json")  // gbv validate itself answers a missing path with exit code 2', "missing.json: error GBV1000: The file cannot be read: the file does not exist"),
    "GBV1007": ('"notes": ["aaaa…(65,537 bytes)…"]', "plan.json(25,5): error GBV1007: This text is 65537 bytes long; the limit is 65536"),
    "GBV2004": ('samples/commune.plan.json: "references": [{ ..., "plan": "ubnd-huyen-2024" }], validated without that plan', 'commune.plan.json(12,15): warning GBV2004: The parent plan "ubnd-huyen-2024" is not among the plans loaded; load it with this plan to check one against the other'),
    "GBV2007": ('a.plan.json implements b, b.plan.json is based on c, c.plan.json implements a', 'a.plan.json(12,15): error GBV2007: Plans implement each other in a cycle: a → b → c → a'),
    "GBV2008": ('two files with "id": "same"', 'second.plan.json(3,9): error GBV2008: The plan id "same" is also used by first.plan.json'),
    "GBV2009": ('district.plan.json: six-monthly "before" 06-10; commune.plan.json implements it: six-monthly "before" 06-15', 'commune.plan.json(5,14): warning GBV2009: commune\'s "six-monthly" report for 2024-H1 is on time until 2024-06-14, but district\'s "six-monthly" report for the same period must be in by 2024-06-09: it cannot be consolidated in time'),
    "GBV2220": ('"dataElements": [ { "key": "women_aware", ..., "combine": "plan-area" }, { "key": "cases_known", ... } ], "metric": { "reported": { "numerator": "women_aware", "denominator": "cases_known" } }', 'mixed.plan.json(29,31): warning GBV2220: The ratio divides "women_aware" (one figure for the plan area) by "cases_known" (summed over units): it is worked out for the plan area as a whole, with no unit-by-unit completeness; report both for the plan area, or both per unit'),
    "GBV2221": ('gbv validate district.plan.json province.plan.json   # "implements": "ubnd-tinh-2021-2025#suported"', 'district.plan.json(24,47): error GBV2221: The indicator "cases-supported" implements "ubnd-tinh-2021-2025#suported", but the plan "ubnd-tinh-2021-2025" has no indicator "suported": nothing could be compared; did you mean "supported"?'),
    "GBV2222": ('gbv validate district.plan.json   # "implements": "ubnd-tinh-2021-2025#supported", and no reference with "plan": "ubnd-tinh-2021-2025"', 'district.plan.json(23,47): error GBV2222: The indicator "cases-supported" implements an indicator of "ubnd-tinh-2021-2025", but no reference of this plan names the plan "ubnd-tinh-2021-2025"; add it to "references" ("relation": "implements", "plan": "ubnd-tinh-2021-2025")'),
    "GBV3006": ('Condition.Compile(new string(\'a\', 5000), CaseFields.Map)', "(1,1): error GBV3006: The condition is 5000 characters long; the limit is 4096"),
    "GBV3009": ('Condition.Compile("   ", CaseFields.Map)   // in a plan file an empty condition is GBV2401', "(1,1): error GBV3009: The condition is empty"),
    "GBV2402": ('ReferralEngine<CaseRecord>.Compile(a rule set of 65 rules, CaseFields.Map)', "referral rules: error GBV2402: The rule set has 65 rules; an engine holds at most 64\nrules54.json(34,20): error GBV2402: The rule set has 65 (the package\'s 11 default rules and the plan\'s 54) rules; an engine holds at most 64   (gbv validate on a plan with 54 rules)"),
    "GBV4001": ('ReportedTotals.From([("ward-1", 2020, "victims_detected", 12), ("ward-1", 2020, "victims_detected", 14)], out problems)', "reported value ward-1/2020/victims_detected: error GBV4001: ward-1 reported \"victims_detected\" for 2020 twice (12, then 14); the second is not counted"),
    "GBV4002": ('ReportedTotals.From([("ward-1", 2020, "victims_detected", -3)], out problems)', "reported value ward-1/2020/victims_detected: error GBV4002: ward-1 reported \"victims_detected\" for 2020 as -3; counts are never negative, so it is not counted"),
    "GBV4003": ('CaseTally<CaseRecord>.Compile(plan, CaseFields.Map, CaseFields.ReportedYear, 65 elements each with its own condition)', "case tally: error GBV4003: The indicators and elements counted from cases use 65 distinct conditions; one tally holds at most 64"),
    "GBV4004": ('ReportedTotals.FromTaskCompletions(dakTo, [("ii-2-1-capacity-bulding", "ngoc-tu", 2019-03-08)], out problems)', "task completion ngoc-tu/2019-03-08: error GBV4004: ngoc-tu recorded a completion of task \"ii-2-1-capacity-bulding\", which the plan does not have, so it is not counted; did you mean \"ii-2-1-capacity-building\"?"),
    "GBV4005": ('gbv evaluate plan.json --as-of 2024-12-31 --reported reported.csv   # line 4: ,2024,cases_helped,4', 'reported.csv(4,1): error GBV4005: The unit "" is not an id (empty, spaces at either end, or control characters); the row is not counted'),
    "GBV4006": ('gbv evaluate plan.json --as-of 2024-12-31 --reported reported.csv   # line 3: thon-1,2024,cases_helpd,9', 'reported.csv(3,1): error GBV4006: thon-1 reported "cases_helpd" for 2024, a data element the plan does not have, so it is not counted; did you mean "cases_helped"?'),
    "GBV4007": ('gbv evaluate plan.json --as-of 2024-12-31 --reported reported.csv --units units.csv   # line 6: thon-9,2024,cases_known,20', 'reported.csv(6,1): error GBV4007: "cases_known" for 2024 from "thon-9", which is not a unit of the plan\'s data (the agencies and the units they stand for, --units), so it is not counted; did you mean "thon-1"?'),
    "GBV4008": ('ReportedTotals.From(plan, [("thon-2", 0, "cases_known", 3)], null, out problems)', 'reported value thon-2/0/cases_known: error GBV4008: The value of "cases_known" from thon-2 is dated in the year 0, which is not a year from 1 to 9999; it is not counted'),
    "GBV4009": ('gbv evaluate ... --reported reported.csv   # lines 2 and 5: thon-1,2024,cases_known,10', 'reported.csv(5,1): warning GBV4009: thon-1 reported "cases_known" for 2024 twice with the same value 10; it is counted once'),
    "GBV4010": ('gbv evaluate ... --completions completions.csv   # lines 2 and 3: truyen-thong,thon-1,2024-03-08', 'completions.csv(3,1): warning GBV4010: thon-1 recorded task "truyen-thong" as done on 2024-03-08 twice; it is counted once'),
    "GBV4011": ('gbv evaluate ... --cases cases.csv   # case 1: incident_at 2024-05-02, reported_at 2024-05-01', 'cases: error GBV4011: Case number 1 in the data has its incident after its report, which cannot be; check its times (it is counted in the year of its report)'),
    "GBV4012": ('gbv evaluate plan.json --as-of 2025-12-31 --reported reported.csv   # women_surveyed is "plan-area"; lines 2 and 4: phong-ldtbxh,2025,women_surveyed,200 and xa-1,2025,women_surveyed,50', 'reported.csv(4,1): error GBV4012: "women_surveyed" is one figure for the whole plan area, but phong-ldtbxh and xa-1 both reported it for 2025; neither is counted for 2025, since adding them would count the same people twice: send it from one unit'),
    "GBV4014": ('gbv evaluate plan.json --as-of 2025-12-31 --reported reported.csv   # line 2: xa-1,2025,cases_known,12.5 (cases_known is a count)', 'reported.csv(2,1): error GBV4014: xa-1 reported 12.5 for "cases_known" in 2025, but "cases_known" counts whole things: the figure is not counted (never rounded); send the count, or give "cases_known" "values": "decimal" in the plan if it is an average or a rate'),
    "GBV4013": ('gbv evaluate plan.json --as-of 2025-12-31 --cases cases.csv   # lines 2 and 4 have the same case_id', 'cases.csv(4,1): error GBV4013: This case has the same case id as the case on line 2; a case is counted once: this record is not counted (nor in the referral summary)'),
    "GBV2272": ('TimelinessChecker.Check(schedule of a plan with "period": { "to": 2025, "unknown": ["from"] }, [("annual", "xa-a", 2024, 2024-11-10T09:00+07:00)], asOf, units)', 'plan t: info GBV2272: The plan\'s first year is not stated (?-2025): reports are counted as due from 2024, the earliest year a submission covers or the plan\'s last year, not before'),
    "GBV4105": ('gbv evaluate ... --submissions submissions.csv   # line 2: annual,thon-1,2024,2023-12-01T09:00:00+07:00', 'submissions.csv(2,1): error GBV4105: thon-1 submitted "annual" for 2024 on 2023-12-01, before the period began on 2024-01-01, which cannot be; it is not counted'),
    "GBV4101": ('TimelinessChecker.Check(schedule, [("six-monthly", "xa-a", 2019-H1, 2019-06-12T01:00Z), ("six-monthly", "xa-a", 2019-H1, 2019-06-05T01:00Z)], asOf, units)', "submission six-monthly/xa-a/2019-H1: warning GBV4101: xa-a submitted \"six-monthly\" for 2019-H1 more than once (2019-06-05T01:00:00Z, then 2019-06-12T01:00:00Z); only the first counts"),
    "GBV4102": ('TimelinessChecker.Check(dakToSchedule, [("six-monthly", "xa-a", 2019-H2, ...)], asOf, units)', "submission six-monthly/xa-a/2019-H2: error GBV4102: xa-a submitted \"six-monthly\" for 2019-H2, but the obligation calls for reports for half periods in 2017-2020 (vision 2030); it is not counted"),
    "GBV4103": ('TimelinessChecker.Check(dakToSchedule, [("six-montly", "xa-a", 2019-H1, ...)], asOf, units)', "submission six-montly/xa-a/2019-H1: error GBV4103: xa-a submitted a report for \"six-montly\", which the plan does not have, so it is not counted; did you mean \"six-monthly\"?"),
    "GBV4104": ('TimelinessChecker.Check(dakToSchedule, [("six-monthly", "phuong-z", 2019-H1, ...)], asOf, units)', "submission six-monthly/phuong-z/2019-H1: error GBV4104: phuong-z submitted \"six-monthly\", which only co-quan-don-vi, xa-a, xa-b, xa-c owe; it is not counted"),
    "GBV4201": ('gbv evaluate plan.json --as-of 2020-12-31 --submissions submissions.csv   # header: obligation,unit,when', 'submissions.csv(1,1): error GBV4201: The file has no column "period"; its header must name: obligation, unit, period, submitted_at'),
    "GBV4202": ('gbv evaluate plan.json --as-of 2020-12-31 --reported reported.csv   # line 3: xa-b,twenty,victims_detected,3', 'reported.csv(3,2): error GBV4202: The value "twenty" of "year" is not a whole number from 1 to 9999; the row is not counted\ncases.csv(7,3): error GBV4202: The value of "age" is not a whole number of years from 0 to 150; the row is not counted   (a case field: its value is shown only with --show-values)'),
    "GBV4203": ('gbv evaluate ... --max-errors 1   # with two bad rows', ': error GBV4203: More than 1 bad rows: the run stops (raise --max-errors to go on)'),
    "GBV4204": ('gbv evaluate ... --reported reported.csv   # line 3: xa,"2020,victims_detected,4   (a quote that never closes)', 'reported.csv(3,0): error GBV4204: The file is not well-formed CSV from here on (a quote that never closes, or a quote in the wrong place); the rest of it is not read'),
    "GBV4250": ('gbv evaluate ... --reported reported.csv   # header: unit,year,element,value,value', 'reported.csv(1,5): error GBV4250: The header names the column "value" twice (columns 4 and 5); name each column once'),
    "GBV4251": ('gbv evaluate ... --cases cases.jsonl   # line 2: [1,2]', 'cases.jsonl(2,1): error GBV4251: This is an array, not a case object ({"age": ...}); it is not counted'),
    "GBV4252": ('gbv evaluate ... --cases cases.jsonl   # line 3: {"caseId": "synthetic-2", "age": 14 oops}', 'cases.jsonl(3,37): error GBV4252: This is not valid JSON from here (a bracket, quote, comma or value is missing, extra or misspelt); the line is not counted'),
    "GBV4020": ('gbv evaluate ... --reported reported.csv   # line 4: thon-1,2027,cases_known,3 (the plan runs 2024-2026)', 'reported.csv(4,1): warning GBV4020: The value of "cases_known" from thon-1 is dated 2027, outside the years the plan\'s targets read (2024-2026): it is kept, but nothing in the report uses it; check the year'),
    "GBV4253": ('gbv evaluate ... --cases cases.jsonl   # line 2: {"caseId": "synthetic-2", "sex": "female", "sex": "male"}', 'cases.jsonl(2,51): error GBV4253: The case gives "sex" twice; which value is meant cannot be told, so it is not counted: give each field once'),
    "GBV1126": ('a plan file of 300,000 empty strings in "agencies"', 'plan.json: info GBV1126: More than 1,000 problems in this file; 299,004 more are not listed: fix these first'),
    "GBV1127": ('a scenario file with "year": "2024"', 't.plan.tests.json(1,95): error GBV1127: This value is not a whole number, which the scenario format expects here'),
    "GBV2280": ('{ "format": "gbv-tests/1", "scenarios": [] }', 't.plan.tests.json(1,43): error GBV2280: the file has no scenarios: a scenario file must check something, or it passes by checking nothing'),
    "GBV2281": ('"expect": { "indicators": [ { "key": "victims-suported", "status": "Met" } ] }', 'dak-to.plan.tests.json(14,20): error GBV2281: The scenario expects something of the indicator "victims-suported", which the plan does not have; did you mean "victims-supported"?'),
    "GBV2282": ('"reported": [ { "unit": "xa", "year": 0, "element": "victims_detected", "value": 3 } ]', 'dak-to.plan.tests.json(7,35): error GBV2282: The scenario\'s data has the year 0: a year is from 1 to 9999'),
    "GBV2283": ('"condition": "risk = low and risk = high"', 'plan.json(20,25): warning GBV2283: The condition "risk = low and risk = high" can never hold, for any case: check it against the source'),
    "GBV2284": ('"id": "t", "references": [ { ..., "plan": "t" } ]', 'plan.json(12,60): error GBV2284: The plan "t" names itself as the plan it implements'),
    "GBV2285": ('"metric": { "reported": { "numerator": "n", "denominator": "n" } }', 'plan.json(15,70): warning GBV2285: The indicator "same" divides "n" by itself: it is always 100% where there are data; check the source'),
    "GBV4350": ("gbv extract bomb.docx   # 300 KB inflating to 40 MB", "bomb.docx: error GBV4350: The document's text part declares 41,943,191 bytes, more than the 33,554,432 bytes a plan is read up to; it is not read"),
    "GBV4351": ("gbv extract dtd.docx   # word/document.xml starts <!DOCTYPE w:document [<!ENTITY ...>]>", "dtd.docx: error GBV4351: The document declares a DTD or entities, which Word never writes; it is not read"),
    "GBV4352": ("gbv extract nested.pdf   # a page's content nests 20,000 arrays", "nested.pdf: error GBV4352: The pdf file is nested deeper than the reader follows, which no plan needs; it is not read"),
    "GBV4301": ("gbv extract empty.txt", "empty.txt: error GBV4301: The document has no text to read a plan from"),
    "GBV4302": ("gbv extract plan.txt   # a binary file", "plan.txt: error GBV4302: The file is not text (its bytes are not UTF-8); give a UTF-8 text, a .docx or a .pdf file"),
    "GBV4303": ("gbv extract huge.txt   # 5,000,001 characters", "huge.txt: error GBV4303: The text is too long (5,000,001 characters); a plan is read up to 5,000,000 characters"),
    "GBV4304": ("gbv extract scan.pdf   # a scanned PDF", "scan.pdf: error GBV4304: The PDF has no text layer (1 page(s), no text): it is probably a scan; run OCR on it first"),
    "GBV4305": ("gbv extract broken.docx", "broken.docx: error GBV4305: The docx file cannot be read: it is not a Word document (a zip of XML parts) the reader can follow"),
    "GBV4306": ("gbv extract samples/sources/hoi-lhpn-long-bien-13-kh-btv-2023.txt", 'hoi-lhpn-long-bien-13-kh-btv-2023.txt(31,0): review GBV4306: Target "90%": "90%" has no comparison word: read as "at least"'),
    "GBV4307": ("gbv extract minutes.txt   # not a plan", "minutes.txt: warning GBV4307: No document number, reference, target or deadline was found: is this a plan?"),
    "GBV4308": ('gbv extract samples/extraction/dev/11-khanhhoa-4938-kh-ubnd-2024.txt', '11-khanhhoa-4938-kh-ubnd-2024.txt(11,0): review GBV4308: The text is cut short: line 11 ends mid-sentence ("…oạch thực hiện Chương trình về phòng, ch"); the draft holds only what comes before'),
    "GBV1010": ("(a 17 MB file)", "big.json: error GBV1010: The file is larger than 16777216 bytes, the limit for plan files"),
}
def run(path):
    # The built tool itself (dotnet run costs seconds a file), in English: the page quotes the English line.
    out = subprocess.run(["dotnet", os.path.join(root, "src/Gbv.Domain.Cli/bin/Debug/net10.0/gbv.dll"),
                          "validate", "--format", "json", "--lang", "en", path], capture_output=True, text=True, cwd=corpus).stdout
    return json.loads(out)["files"][0]["diagnostics"]
def unescape(s): return s.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
out = ["# Diagnostics", "",
       "Every problem the reader and the validator find is a diagnostic: a stable id, a severity, a location (JSON pointer,",
       "line and column) and a message in English and Vietnamese. Ids never change meaning. `GBV1xxx` are about the file and",
       "its JSON shape (the reader); `GBV2xxx` are about what the plan says (the validator). Errors leave no plan; warnings and",
       "information leave the plan usable. `gbv validate` exits 1 when any file has an error.", "",
       "Each example below is a real file from `tests/Gbv.Domain.Tests/Definitions/Malformed` (the lines around the location)",
       "and the line `gbv validate` prints for it. This page is generated by `scripts/diagnostics-doc.py`.", "",
       "`GBV3xxx` are the condition language's ([conditions.md](conditions.md)): in a plan file they point at the condition's",
       "string, with the column of the problem inside it; from `Condition.Compile` they give the line and column in the",
       "condition's own text.", "",
       "| id | severity | title |", "|---|---|---|"]
for code, sev, title, en, vi in codes:
    out.append(f"| [{code}](#{code.lower()}) | {severity[sev]} | {unescape(title)} |")
out.append("")
for code, sev, title, en, vi in codes:
    out += [f"## {code}", "", f"**{unescape(title)}** ({severity[sev]})", "",
            f"- English: {unescape(en)}", f"- Tiếng Việt: {unescape(vi)}", ""]
    if code in elsewhere:
        inp, line = elsewhere[code]
        out += ["Example:", "", "```text", inp, "```", "", "```text", line, "```", ""]
        continue
    files = sorted(manifest.get(code, []), key=lambda f: (len(manifest) and os.path.getsize(os.path.join(corpus, f))))
    f = files[0]
    diags = [d for d in run(f) if d["id"] == code]
    d = diags[0]
    raw = open(os.path.join(corpus, f), "rb").read()
    text = raw.decode("utf-8", errors="replace").replace("\ufeff", "<BOM>")
    lines = text.split("\n")
    lo, hi = max(0, d["line"] - 3), min(len(lines), d["line"] + 2)
    snippet = "\n".join(l if len(l) < 160 else l[:150] + "…" for l in lines[lo:hi]) or "(empty file)"
    out += [f"Example (`{f}`):", "", "```json", snippet, "```", "", "```text",
            f"{f}({d['line']},{d['column']}): {d['severity']} {code}: {d['message']}", "```", ""]
open(os.path.join(root, "docs/diagnostics.md"), "w", encoding="utf-8").write("\n".join(out))
print(f"{len(codes)} codes written")
