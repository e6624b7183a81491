using Gbv.Domain.Testing.Localization;

using W = Gbv.Domain.Testing.Localization.ScenarioWords;

namespace Gbv.Domain.Scenarios;

/// <summary>A check written in both languages from one wording, so that the two never say different things.</summary>
public static partial class ScenarioRunner
{
    private static ScenarioCheck Check(string scenario, bool passed, Func<bool, string> what, Func<bool, string> expected, Func<bool, string> actual,
        string explanation, string? explanationVi) =>
        new(scenario, what(false), passed, expected(false), actual(false), explanation)
        {
            WhatVi = what(true), ExpectedVi = expected(true), ActualVi = actual(true), ExplanationVi = explanationVi ?? (explanation.Length == 0 ? string.Empty : null),
        };

    private static Func<bool, string> Word(string key, params object?[] args) => vi => ScenarioWords.Format(key, vi, args);

    // A diagnostic's argument in both languages, from one key.
    private static Gbv.Domain.Diagnostics.DiagnosticArgument Arg(string key, params object?[] args) => new(ScenarioWords.Format(key, false, args), ScenarioWords.Format(key, true, args));

    // An id of the plan as a Vietnamese reader knows it: its name in the plan's (or the package's) words, the id after it
    // for the author who wrote it ("Công an (police)"); English keeps the id.
    private static string Named(string id, string? nameVi, bool vi) => vi && !string.IsNullOrWhiteSpace(nameVi) ? $"{nameVi} ({id})" : id;

    // A report owed by the plan's obligation key, named by its frequency in Vietnamese ("báo cáo năm (annual)").
    private static string Obligation(Gbv.Domain.Plans.Plan plan, string key, bool vi) =>
        Named(key, plan.Reporting.FirstOrDefault(o => o.Key == key) is { } o ? Gbv.Domain.Localization.Words.Find("Frequency." + o.Frequency, vi) : null, vi);
}
