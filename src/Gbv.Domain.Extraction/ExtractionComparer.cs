using Gbv.Domain.Extraction.Localization;
using System.Globalization;
using Gbv.Domain.Definitions.Format;

namespace Gbv.Domain.Extraction;

/// <summary>
/// Compares a draft with a hand-encoded plan, kind by kind. Each element has a full key (every value that matters)
/// and an identity (what it is about): equal full keys are found; an unmatched draft element whose identity equals an
/// unmatched hand-encoded one is wrong; the rest of the draft is extra and the rest of the hand-encoded plan missed.
/// What is compared (docs/extraction.md): targets by comparison, value, unit and horizon; deadlines (obligations with a
/// due day, or due on request) by frequency, rule and day; references with a number by number and date; campaigns by
/// window or month; days by date; reviews by kind and year.
/// </summary>
public static class ExtractionComparer
{
    /// <summary>The scores, one per kind, in a fixed order.</summary>
    public static IReadOnlyList<KindScore> Compare(PlanDefinition draft, PlanDefinition expected)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(expected);
        return
        [
            Score("targets", Targets(draft), Targets(expected)),
            Score("deadlines", Deadlines(draft), Deadlines(expected)),
            Score("references", References(draft), References(expected)),
            Score("campaigns", Campaigns(draft), Campaigns(expected)),
            Score("days", Days(draft), Days(expected)),
            Score("reviews", Reviews(draft), Reviews(expected)),
            .. TasksAndRoles(draft, expected),
        ];
    }

    /// <summary>The scores of several comparisons added up kind by kind.</summary>
    public static IReadOnlyList<KindScore> Sum(IEnumerable<IReadOnlyList<KindScore>> comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        return [.. comparisons.SelectMany(c => c).GroupBy(s => s.Kind, StringComparer.Ordinal).Select(g => new KindScore(g.Key,
            g.Sum(s => s.Expected), g.Sum(s => s.Extracted), g.Sum(s => s.Found), g.Sum(s => s.Wrong), g.Sum(s => s.Missed), [.. g.SelectMany(s => s.Details)])
            {
                DetailsVi = [.. g.SelectMany(s => s.DetailsIn("vi"))],
            })];
    }

    private readonly record struct Item(string Identity, string Full, string FullVi)
    {
        public Item(string identity, string full)
            : this(identity, full, full)
        {
        }

        public string In(bool vi) => vi ? FullVi : Full;
    }

    /// <summary>Detail lines in both languages, from keys of <see cref="ExtractionWords"/>.</summary>
    private sealed class Lines
    {
        public List<string> En { get; } = [];

        public List<string> Vi { get; } = [];

        public void Add(string key, Func<bool, object?[]> args)
        {
            En.Add(ExtractionWords.Format(key, false, args(false)));
            Vi.Add(ExtractionWords.Format(key, true, args(true)));
        }

        public KindScore Score(string kind, int expected, int extracted, int found, int wrong) =>
            new(kind, expected, extracted, found, wrong, expected - found - wrong, En) { DetailsVi = Vi };
    }

    private static string KindName(string kind, bool vi) => ExtractionWords.Keyword("Score.", kind, vi);

    private static KindScore Score(string kind, List<Item> draft, List<Item> expected)
    {
        var unmatched = expected.ToList();
        var extra = new List<Item>();
        var found = 0;
        foreach (var item in draft)
        {
            var at = unmatched.FindIndex(e => e.Full == item.Full);
            if (at >= 0)
            {
                found++;
                unmatched.RemoveAt(at);
            }
            else
            {
                extra.Add(item);
            }
        }

        var details = new Lines();
        var wrong = 0;
        foreach (var item in extra)
        {
            var at = unmatched.FindIndex(e => e.Identity == item.Identity);
            if (at >= 0)
            {
                wrong++;
                var theirs = unmatched[at];
                details.Add("Compare.Wrong", vi => [KindName(kind, vi), item.In(vi), theirs.In(vi)]);
                unmatched.RemoveAt(at);
            }
            else
            {
                details.Add("Compare.Extra", vi => [KindName(kind, vi), item.In(vi)]);
            }
        }

        foreach (var m in unmatched)
        {
            details.Add("Compare.Missed", vi => [KindName(kind, vi), m.In(vi)]);
        }

        return details.Score(kind, expected.Count, draft.Count, found, wrong);
    }

    // A task is the hand-encoded one whose source begins inside the draft task's line; its roles are (agency, role)
    // pairs, agencies compared by name (TaskNames.Key), matched within each pair of matched tasks.
    private static KindScore[] TasksAndRoles(PlanDefinition draft, PlanDefinition expected)
    {
        var draftTasks = (draft.Tasks ?? []).Where(t => !t.Id.EndsWith("-activity", StringComparison.Ordinal)).ToList();
        var draftLines = draftTasks.Select(t => TextNormalizer.Normalize(t.Source)).ToList();
        // A hand-encoded task is found by its source words in the draft's: only a verbatim task has the source's words.
        var taskDetails = new Lines();
        var handTasks = new List<TaskDefinition>();
        foreach (var task in expected.Tasks ?? [])
        {
            var kind = task.SourceKind ?? expected.SourceKind ?? "verbatim";
            if (kind == "verbatim")
            {
                handTasks.Add(task);
            }
            else
            {
                taskDetails.Add("Compare.NotCompared", vi => [KindName("tasks", vi), task.Id, kind]);
            }
        }

        var used = new bool[draftTasks.Count];
        var roleDetails = new Lines();
        int found = 0, rolesFound = 0;
        foreach (var hand in handTasks)
        {
            var head = Head(hand.Source);
            var at = Enumerable.Range(0, draftTasks.Count).FirstOrDefault(i => !used[i] && draftLines[i].Contains(head, StringComparison.Ordinal), -1);
            if (at < 0)
            {
                taskDetails.Add("Compare.Missed", vi => [KindName("tasks", vi), ExtractionWords.Format("Compare.Quoted", vi, hand.Id, head)]);
                foreach (var r in Roles(expected, hand))
                {
                    roleDetails.Add("Compare.Missed", vi => [KindName("roles", vi), $"{hand.Id} {r.In(vi)}"]);
                }

                continue;
            }

            used[at] = true;
            found++;
            var mine = Roles(draft, draftTasks[at]);
            foreach (var role in Roles(expected, hand))
            {
                if (mine.Remove(role))
                {
                    rolesFound++;
                }
                else
                {
                    roleDetails.Add("Compare.Missed", vi => [KindName("roles", vi), $"{hand.Id} {role.In(vi)}"]);
                }
            }

            foreach (var r in mine)
            {
                roleDetails.Add("Compare.Extra", vi => [KindName("roles", vi), $"{hand.Id} {r.In(vi)}"]);
            }
        }

        foreach (var t in draftTasks.Where((_, i) => !used[i]))
        {
            taskDetails.Add("Compare.Extra", vi => [KindName("tasks", vi), ExtractionWords.Format("Compare.Quoted", vi, t.Id, Head(t.Source))]);
        }
        var expectedRoles = handTasks.Sum(t => Roles(expected, t).Count);
        var extractedRoles = draftTasks.Sum(t => Roles(draft, t).Count);
        return
        [
            taskDetails.Score("tasks", handTasks.Count, draftTasks.Count, found, 0),
            roleDetails.Score("roles", expectedRoles, extractedRoles, rolesFound, 0),
        ];
    }

    private static string Head(string source)
    {
        var text = TextNormalizer.Normalize(source);
        return text.Length <= 50 ? text : text[..50];
    }

    private static List<Item> Roles(PlanDefinition plan, TaskDefinition task)
    {
        string Name(string id) => AgencyNames.Key((plan.Agencies ?? []).FirstOrDefault(a => a.Id == id)?.Name.Vi ?? id);
        // A role is its words ("lead phòng y tế"): agencies match by name, whatever each file's ids.
        Item Role(string key, string id) => new(ExtractionWords.Format(key, false, Name(id)), ExtractionWords.Format(key, false, Name(id)), ExtractionWords.Format(key, true, Name(id)));
        var roles = new List<Item>();
        if (task.Lead is { } lead)
        {
            roles.Add(Role("Compare.Lead", lead));
        }

        roles.AddRange((task.Coordinators ?? []).Select(c => Role("Compare.Coordinator", c)));
        return roles;
    }

    private static List<Item> Targets(PlanDefinition plan) =>
        [.. (plan.Indicators ?? []).SelectMany(i => i.Targets.Select(t =>
        {
            var value = t.Threshold.Comparison == "all" && t.Threshold.Unit is null ? string.Empty : t.Threshold.Value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;
            string Horizon(bool vi) => t.By is { } by ? ExtractionWords.Format("Target.By", vi, by) : ExtractionWords.Format("Compare.From", vi, t.From);
            string Full(bool vi) => $"{t.Threshold.Comparison} {value} {t.Threshold.Unit ?? "%"} {Horizon(vi)}".Replace("  ", " ", StringComparison.Ordinal);
            return new Item($"{value} {t.Threshold.Unit ?? "%"} {Horizon(false)}", Full(false), Full(true));
        }))];

    private static List<Item> Deadlines(PlanDefinition plan) =>
        [.. (plan.Reporting ?? []).Where(r => r.Due.Date is not null || r.Due.Rule == "on-request")
            .Select(r => new Item(r.Due.Date ?? r.Frequency, $"{r.Frequency} {r.Due.Rule} {r.Due.Date}".TrimEnd(),
                $"{ExtractionWords.Keyword("Frequency.", r.Frequency, true)} {ExtractionWords.Keyword("Rule.", r.Due.Rule, true)} {ExtractionWords.Day(r.Due.Date, true)}".TrimEnd()))];

    private static List<Item> References(PlanDefinition plan) =>
        [.. (plan.References ?? []).Where(r => r.Number is not null)
            .Select(r => new Item(ReferenceRules.Key(r.Number!), $"{ReferenceRules.Key(r.Number!)} {r.Date ?? ExtractionWords.Get("Document.NoDate", false)}",
                $"{ReferenceRules.Key(r.Number!)} {(r.Date is { } d ? ExtractionWords.Day(d, true) : ExtractionWords.Get("Document.NoDate", true))}"))];

    private static List<Item> Campaigns(PlanDefinition plan) =>
        [.. (plan.Campaigns ?? []).Select(c => new Item(c.Month is { } m ? $"month {m}" : "window",
            c.Month is { } month ? ExtractionWords.Format("Campaign.Month", false, month) : ExtractionWords.Format("Campaign.Window", false, c.From, c.To),
            c.Month is { } monthVi ? ExtractionWords.Format("Campaign.Month", true, monthVi) : ExtractionWords.Format("Campaign.Window", true, ExtractionWords.Day(c.From, true), ExtractionWords.Day(c.To, true))))];

    private static List<Item> Days(PlanDefinition plan) =>
        [.. (plan.ObservanceDays ?? []).Select(d => new Item(d.Date, d.Date, ExtractionWords.Day(d.Date, true)))];

    private static List<Item> Reviews(PlanDefinition plan) =>
        [.. (plan.Milestones ?? []).Where(m => m.Kind is "mid-term-review" or "final-review").Select(m => new Item(m.Kind, $"{m.Kind} {m.Year}", $"{ExtractionWords.Keyword("ReviewKind.", m.Kind, true)} {m.Year}"))];
}
