using Gbv.Domain.Testing.Localization;

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
}
