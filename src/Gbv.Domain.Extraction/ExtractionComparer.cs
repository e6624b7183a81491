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
            g.Sum(s => s.Expected), g.Sum(s => s.Extracted), g.Sum(s => s.Found), g.Sum(s => s.Wrong), g.Sum(s => s.Missed), [.. g.SelectMany(s => s.Details)]))];
    }

    private readonly record struct Item(string Identity, string Full);

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

        var details = new List<string>();
        var wrong = 0;
        foreach (var item in extra)
        {
            var at = unmatched.FindIndex(e => e.Identity == item.Identity);
            if (at >= 0)
            {
                wrong++;
                details.Add($"{kind}: wrong: {item.Full} (the plan file has {unmatched[at].Full})");
                unmatched.RemoveAt(at);
            }
            else
            {
                details.Add($"{kind}: extra: {item.Full}");
            }
        }

        details.AddRange(unmatched.Select(m => $"{kind}: missed: {m.Full}"));
        return new KindScore(kind, expected.Count, draft.Count, found, wrong, expected.Count - found - wrong, details);
    }

    // A task is the hand-encoded one whose source begins inside the draft task's line; its roles are (agency, role)
    // pairs, agencies compared by name (TaskNames.Key), matched within each pair of matched tasks.
    private static KindScore[] TasksAndRoles(PlanDefinition draft, PlanDefinition expected)
    {
        var draftTasks = (draft.Tasks ?? []).Where(t => !t.Id.EndsWith("-activity", StringComparison.Ordinal)).ToList();
        var draftLines = draftTasks.Select(t => TextNormalizer.Normalize(t.Source)).ToList();
        // A hand-encoded task is found by its source words in the draft's: only a verbatim task has the source's words.
        var taskDetails = new List<string>();
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
                taskDetails.Add($"tasks: not compared: {task.Id} (its words are a {kind}, not the source's)");
            }
        }

        var used = new bool[draftTasks.Count];
        var roleDetails = new List<string>();
        int found = 0, rolesFound = 0;
        foreach (var hand in handTasks)
        {
            var head = Head(hand.Source);
            var at = Enumerable.Range(0, draftTasks.Count).FirstOrDefault(i => !used[i] && draftLines[i].Contains(head, StringComparison.Ordinal), -1);
            if (at < 0)
            {
                taskDetails.Add($"tasks: missed: {hand.Id} \"{head}\"");
                roleDetails.AddRange(Roles(expected, hand).Select(r => $"roles: missed: {hand.Id} {r}"));
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
                    roleDetails.Add($"roles: missed: {hand.Id} {role}");
                }
            }

            roleDetails.AddRange(mine.Select(r => $"roles: extra: {hand.Id} {r}"));
        }

        taskDetails.AddRange(draftTasks.Where((t, i) => !used[i]).Select(t => $"tasks: extra: {t.Id} \"{Head(t.Source)}\""));
        var expectedRoles = handTasks.Sum(t => Roles(expected, t).Count);
        var extractedRoles = draftTasks.Sum(t => Roles(draft, t).Count);
        return
        [
            new KindScore("tasks", handTasks.Count, draftTasks.Count, found, 0, handTasks.Count - found, taskDetails),
            new KindScore("roles", expectedRoles, extractedRoles, rolesFound, 0, expectedRoles - rolesFound, roleDetails),
        ];
    }

    private static string Head(string source)
    {
        var text = TextNormalizer.Normalize(source);
        return text.Length <= 50 ? text : text[..50];
    }

    private static List<string> Roles(PlanDefinition plan, TaskDefinition task)
    {
        string Name(string id) => AgencyNames.Key((plan.Agencies ?? []).FirstOrDefault(a => a.Id == id)?.Name.Vi ?? id);
        var roles = new List<string>();
        if (task.Lead is { } lead)
        {
            roles.Add($"lead {Name(lead)}");
        }

        roles.AddRange((task.Coordinators ?? []).Select(c => $"coordinator {Name(c)}"));
        return roles;
    }

    private static List<Item> Targets(PlanDefinition plan) =>
        [.. (plan.Indicators ?? []).SelectMany(i => i.Targets.Select(t =>
        {
            var value = t.Threshold.Comparison == "all" && t.Threshold.Unit is null ? string.Empty : t.Threshold.Value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;
            var horizon = t.By is { } by ? $"by {by}" : $"from {t.From}";
            return new Item($"{value} {t.Threshold.Unit ?? "%"} {horizon}", $"{t.Threshold.Comparison} {value} {t.Threshold.Unit ?? "%"} {horizon}".Replace("  ", " ", StringComparison.Ordinal));
        }))];

    private static List<Item> Deadlines(PlanDefinition plan) =>
        [.. (plan.Reporting ?? []).Where(r => r.Due.Date is not null || r.Due.Rule == "on-request")
            .Select(r => new Item(r.Due.Date ?? r.Frequency, $"{r.Frequency} {r.Due.Rule} {r.Due.Date}".TrimEnd()))];

    private static List<Item> References(PlanDefinition plan) =>
        [.. (plan.References ?? []).Where(r => r.Number is not null)
            .Select(r => new Item(ReferenceRules.Key(r.Number!), $"{ReferenceRules.Key(r.Number!)} {r.Date ?? "(no date)"}"))];

    private static List<Item> Campaigns(PlanDefinition plan) =>
        [.. (plan.Campaigns ?? []).Select(c => new Item(c.Month is { } m ? $"month {m}" : "window", c.Month is { } month ? $"month {month}" : $"{c.From} to {c.To}"))];

    private static List<Item> Days(PlanDefinition plan) =>
        [.. (plan.ObservanceDays ?? []).Select(d => new Item(d.Date, d.Date))];

    private static List<Item> Reviews(PlanDefinition plan) =>
        [.. (plan.Milestones ?? []).Where(m => m.Kind is "mid-term-review" or "final-review").Select(m => new Item(m.Kind, $"{m.Kind} {m.Year}"))];
}
