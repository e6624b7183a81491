using System.Globalization;
using System.Text;
using System.Text.Json;
using Gbv.Domain.Definitions;
using Gbv.Domain.Extraction;
using Gbv.Domain.Indicators;

namespace Gbv.Domain.Tests.Extraction;

/// <summary>
/// Scores extraction against keys read by hand, kind by kind, sharing no rule with the extractor: header fields
/// (number, date, place, level, issuer, form, period, complete), references (number and date), targets (comparison,
/// value, unit, horizon), deadlines (frequency, rule, day) and tasks (the first words of the line). The keys are the
/// development and held-out sets (samples/extraction/*/key.json) and, for the seeds, the plan files encoded by hand.
/// </summary>
internal static class ExtractionScoring
{
    public static readonly string[] HeaderFields = ["number", "date", "place", "level", "issuer", "form", "period", "complete"];

    /// <summary>What a text states, read by hand: a header field is null where the text does not state it.</summary>
    public sealed record TextKey(string File, string Path, IReadOnlyDictionary<string, string?> Header, IReadOnlyList<string> Issuers,
        IReadOnlyList<string> References, IReadOnlyList<string> Targets, IReadOnlyList<string> Deadlines, IReadOnlyList<string> Tasks);

    /// <summary>One kind's counts. A value read where the key has none counts as extracted (and wrong) unless it is marked for review.</summary>
    public sealed record Score(string Kind, int Expected, int Extracted, int Found, List<string> Misses)
    {
        public decimal Precision => Extracted == 0 ? (Expected == 0 ? 1m : 0m) : (decimal)Found / Extracted;

        public decimal Recall => Expected == 0 ? 1m : (decimal)Found / Expected;
    }

    /// <summary>One element or header field as the extractor gave it: its confidence and whether the key agrees.</summary>
    public sealed record Judged(string Kind, ExtractionConfidence Confidence, bool Right, string What);

    public sealed record Result(IReadOnlyList<Score> Scores, IReadOnlyList<Judged> Judged);

    public static string Folder(string set) => System.IO.Path.Combine(TestFiles.RepositoryRoot, "samples", "extraction", set);

    public static IReadOnlyList<TextKey> Keys(string set)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(Folder(set), "key.json")));
        var keys = new List<TextKey>();
        foreach (var text in json.RootElement.GetProperty("texts").EnumerateArray())
        {
            string? S(string name) => text.GetProperty(name).ValueKind == JsonValueKind.Null ? null
                : text.GetProperty(name).ValueKind == JsonValueKind.False ? "no"
                : text.GetProperty(name).ValueKind == JsonValueKind.True ? "yes" : text.GetProperty(name).GetString();
            List<string> L(string name) => [.. text.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
            var file = text.GetProperty("file").GetString()!;
            var issuers = L("issuer");
            keys.Add(new TextKey(file, System.IO.Path.Combine(Folder(set), file), new Dictionary<string, string?>
            {
                ["number"] = S("number"), ["date"] = S("date"), ["place"] = S("place"), ["level"] = S("level"),
                ["issuer"] = issuers.Count == 0 ? null : AgencyNames.Key(issuers[0]), ["form"] = S("kind"), ["period"] = S("period"), ["complete"] = S("complete"),
            }, issuers, [.. L("references").Select(r => r.Split(' ')).Select(r => Reference(r[0], r.Length > 1 ? r[1] : null))], L("targets"), L("deadlines"), L("tasks")));
        }

        return keys;
    }

    /// <summary>The key of a seed, from its hand-encoded plan file; seeds are complete unless their README says they are cut short.</summary>
    public static TextKey SeedKey(string text, string planFile, bool complete)
    {
        var plan = PlanDefinitionReader.ReadFile(planFile).Definition!;
        var issuer = (plan.Agencies ?? []).FirstOrDefault(a => a.Id == plan.Document?.Issuer)?.Name.Vi;
        var issued = plan.Document?.Issued is { Length: 10 } day ? day : null;
        return new TextKey(System.IO.Path.GetFileName(text), text, new Dictionary<string, string?>
        {
            ["number"] = plan.Document?.Number, ["date"] = issued, ["place"] = plan.Document?.Place, ["level"] = plan.Level,
            ["issuer"] = issuer is null ? null : AgencyNames.Key(issuer), ["form"] = plan.Document?.Kind ?? "plan",
            ["period"] = $"{plan.Period.From}-{plan.Period.To ?? plan.Period.From}", ["complete"] = complete ? "yes" : "no",
        }, issuer is null ? [] : [issuer, Unplaced(issuer)],
            [.. (plan.References ?? []).Where(r => r.Number is not null).Select(r => Reference(r.Number!, r.Date))],
            [.. (plan.Indicators ?? []).SelectMany(i => i.Targets.Select(t => Target(t.Threshold.Comparison, t.Threshold.Value, t.Threshold.Unit, t.By, t.From)))],
            [.. (plan.Reporting ?? []).Where(r => r.Due.Date is not null || r.Due.Rule == "on-request").Select(r => $"{r.Frequency} {r.Due.Rule} {r.Due.Date}".TrimEnd())],
            [.. (plan.Tasks ?? []).Select(t => Head(t.Source))]);
    }

    // "Ủy ban nhân dân tỉnh Hải Dương" as a plan's sentence names it, "Ủy ban nhân dân tỉnh": the name up to its level word.
    private static string Unplaced(string name) =>
        System.Text.RegularExpressions.Regex.Match(name, @"^.*?\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\b") is { Success: true } m ? m.Value : name;

    public static string Reference(string number, string? date) => $"{ReferenceRules.Key(number)} {date ?? "(no date)"}";

    public static string Target(string comparison, decimal? value, string? unit, int? by, int? from)
    {
        var shown = comparison == "all" && unit is null ? string.Empty : value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;
        return $"{comparison} {shown} {unit ?? "%"} {(by is { } b ? $"by {b}" : $"from {from}")}".Replace("  ", " ", StringComparison.Ordinal);
    }

    private static string Head(string source)
    {
        var text = TextNormalizer.Normalize(source);
        return text.Length <= 50 ? text : text[..50];
    }

    /// <summary>The extractor's reading of one text, scored against its key.</summary>
    public static Result Run(TextKey key)
    {
        var x = PlanExtractor.Extract(File.ReadAllText(key.Path), key.File);
        var judged = new List<Judged>();
        var scores = new List<Score>();

        var document = x.Of<ExtractedDocument>().FirstOrDefault();
        var period = x.Of<ExtractedPeriod>().FirstOrDefault();
        var header = new Score("header", 0, 0, 0, []);
        foreach (var field in HeaderFields)
        {
            var (value, confidence) = Read(field, x, document, period);
            var expected = key.Header[field];
            var right = field == "issuer" && value is not null
                ? key.Issuers.Any(i => AgencyNames.Key(i) == value)
                : value == expected;
            if (value is not null)
            {
                judged.Add(new Judged("header:" + field, confidence, right && expected is not null, $"{key.File} {field}: {value} (key: {expected ?? "not stated"})"));
            }

            // A value the key does not have, marked for review, is the right answer for a field the text leaves open.
            var counted = value is not null && (expected is not null || confidence == ExtractionConfidence.High);
            header = header with
            {
                Expected = header.Expected + (expected is null ? 0 : 1),
                Extracted = header.Extracted + (counted ? 1 : 0),
                Found = header.Found + (right && expected is not null ? 1 : 0),
            };
            if (!(right && expected is not null) && (expected is not null || counted))
            {
                header.Misses.Add($"{key.File} {field}: read {value ?? "nothing"} ({confidence}), key {expected ?? "not stated"}");
            }
        }

        scores.Add(header);
        scores.Add(Match("references", key, key.References, x.Of<ExtractedReference>().Select(r => (Reference(r.Number, r.Date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)), r.Confidence)), judged));
        scores.Add(Match("targets", key, key.Targets, x.Of<ExtractedTarget>().Select(t => (TargetOf(t), t.Confidence)), judged));
        scores.Add(Match("deadlines", key, key.Deadlines, x.Of<ExtractedDeadline>().Where(d => d.Date is not null || d.Rule == "on-request")
            .Select(d => ($"{d.Frequency} {d.Rule} {d.Date}".TrimEnd(), d.Confidence)), judged));

        var tasks = x.Of<ExtractedTask>().Select(t => TextNormalizer.Normalize(t.Span.LineText)).ToList();
        var used = new bool[tasks.Count];
        var taskScore = new Score("tasks", key.Tasks.Count, tasks.Count, 0, []);
        foreach (var head in key.Tasks)
        {
            var at = Enumerable.Range(0, tasks.Count).FirstOrDefault(i => !used[i] && tasks[i].Contains(head, StringComparison.Ordinal), -1);
            if (at < 0)
            {
                taskScore.Misses.Add($"{key.File} tasks: missed \"{head}\"");
                continue;
            }

            used[at] = true;
            taskScore = taskScore with { Found = taskScore.Found + 1 };
        }

        taskScore.Misses.AddRange(tasks.Where((t, i) => !used[i]).Select(t => $"{key.File} tasks: extra \"{Head(t)}\""));
        scores.Add(taskScore);
        return new Result(scores, judged);
    }

    public static string TargetOf(ExtractedTarget t)
    {
        if (t.Reduction)
        {
            return Target("reduction", t.Threshold.Value, null, t.By, t.From);
        }

        var comparison = t.Threshold.Comparison switch
        {
            Comparison.MoreThan => "more-than",
            Comparison.AtLeast => "at-least",
            Comparison.AtMost => "at-most",
            Comparison.LessThan => "less-than",
            _ => "all",
        };
        var unit = t.Threshold.Unit switch { ThresholdUnit.Percent => null, ThresholdUnit.Count => "count", _ => "times" };
        return Target(comparison, t.Threshold.Value, unit, t.By, t.From);
    }

    private static (string? Value, ExtractionConfidence Confidence) Read(string field, PlanExtraction x, ExtractedDocument? d, ExtractedPeriod? p)
    {
        ExtractionConfidence Of(string name) => d is null ? ExtractionConfidence.Low : d.Unsure.Contains(name) ? ExtractionConfidence.Low : ExtractionConfidence.High;
        return field switch
        {
            "number" => (d?.Number, Of("number")),
            "date" => (d?.Issued?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), Of("date")),
            "place" => (d?.Place, Of("place")),
            "level" => (d?.Level, Of("level")),
            "issuer" => (d?.Issuer is { } i ? AgencyNames.Key(i) : null, Of("issuer")),
            "form" => (d?.Form, Of("form")),
            "period" => (p is null ? null : $"{p.From}-{p.To}", p?.Confidence ?? ExtractionConfidence.Low),
            _ => (x.CutShort is null ? "yes" : "no", ExtractionConfidence.High),
        };
    }

    private static Score Match(string kind, TextKey key, IReadOnlyList<string> expected, IEnumerable<(string Item, ExtractionConfidence Confidence)> read, List<Judged> judged)
    {
        var left = expected.ToList();
        var score = new Score(kind, expected.Count, 0, 0, []);
        foreach (var (item, confidence) in read)
        {
            var right = left.Remove(item);
            judged.Add(new Judged(kind, confidence, right, $"{key.File} {kind}: {item}"));
            score = score with { Extracted = score.Extracted + 1, Found = score.Found + (right ? 1 : 0) };
            if (!right)
            {
                score.Misses.Add($"{key.File} {kind}: extra {item} ({confidence})");
            }
        }

        score.Misses.AddRange(left.Select(m => $"{key.File} {kind}: missed {m}"));
        return score;
    }

    public static IReadOnlyList<Score> Sum(IEnumerable<Result> results) =>
        [.. results.SelectMany(r => r.Scores).GroupBy(s => s.Kind, StringComparer.Ordinal)
            .Select(g => new Score(g.Key, g.Sum(s => s.Expected), g.Sum(s => s.Extracted), g.Sum(s => s.Found), [.. g.SelectMany(s => s.Misses)]))];

    /// <summary>The per-kind table in Markdown, as docs/extraction.md shows it.</summary>
    public static string Table(IReadOnlyList<Score> scores)
    {
        var b = new StringBuilder("| kind | expected | extracted | found | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var s in scores)
        {
            b.Append(CultureInfo.InvariantCulture, $"| {s.Kind} | {s.Expected} | {s.Extracted} | {s.Found} | {s.Precision:P1} | {s.Recall:P1} |\n");
        }

        return b.ToString().Replace("\u00a0", " ", StringComparison.Ordinal);
    }

    /// <summary>How often each confidence was right, over the elements and header fields given.</summary>
    public static string Calibration(IEnumerable<Judged> judged)
    {
        var b = new StringBuilder("| confidence | read | right | share right |\n|---|---:|---:|---:|\n");
        foreach (var g in judged.GroupBy(j => j.Confidence).OrderBy(g => g.Key))
        {
            var right = g.Count(j => j.Right);
            b.Append(CultureInfo.InvariantCulture, $"| {g.Key.ToString().ToLowerInvariant()} | {g.Count()} | {right} | {(decimal)right / g.Count():P1} |\n");
        }

        return b.ToString().Replace("\u00a0", " ", StringComparison.Ordinal);
    }
}
