namespace Gbv.Domain.Tests.Extraction;

/// <summary>
/// The Extraction package writes no Vietnamese inline (issue 23): every word it prints comes from
/// Localization/ExtractionWords.resx, read through the core's word set. The files below are the exceptions, each
/// with its reason; a new Vietnamese string literal anywhere else fails, and so does an exception that no longer holds one.
/// </summary>
public sealed class NoInlineVietnameseTests
{
    private static readonly PackageSources Sources = new("Gbv.Domain.Extraction");

    /// <summary>The files allowed a Vietnamese literal, by path under src/Gbv.Domain.Extraction, and why.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["AgencyNames.cs"] = "input: the rules' patterns over a plan's Vietnamese text, never printed",
        ["CalendarRules.cs"] = "input: the rules' patterns over a plan's Vietnamese text, never printed",
        ["DeadlineRules.cs"] = "input: the rules' patterns over a plan's Vietnamese text, never printed",
        ["DocumentRules.cs"] = "input: the rules' patterns over a plan's Vietnamese text, never printed",
        ["DocumentRules.Issuer.cs"] = "input: the rules' patterns over a plan's Vietnamese text, never printed",
        ["DocumentRules.Patterns.cs"] = "input: the rules' patterns over a plan's Vietnamese text, never printed",
        ["DraftBuilder.AgencyList.cs"] = "input: the rules' patterns over a plan's Vietnamese text, never printed",
        ["DraftBuilder.Words.cs"] = "input: the rules' patterns over a plan's Vietnamese text, never printed",
        ["KnownDays.cs"] = "input: the rules' patterns over a plan's Vietnamese text, never printed",
        ["PeriodRules.cs"] = "input: the rules' patterns over a plan's Vietnamese text, never printed",
        ["PlanExtractor.cs"] = "input: the rules' patterns over a plan's Vietnamese text, never printed",
        ["ReferenceRules.cs"] = "input: the rules' patterns over a plan's Vietnamese text, never printed",
        ["ServiceRules.cs"] = "input: the rules' patterns over a plan's Vietnamese text, never printed",
        ["TargetRules.cs"] = "input: the rules' patterns over a plan's Vietnamese text, never printed",
        ["TaskRules.cs"] = "input: the rules' patterns over a plan's Vietnamese text, never printed",
        ["VietnameseDates.cs"] = "input: the rules' patterns over a plan's Vietnamese text, never printed",
        ["DraftBuilder.cs"] = "input: the code of a document number (\"/QĐ\") that tells a decision",
    };

    [Fact]
    public void No_source_file_writes_a_vietnamese_string_literal_except_the_allowed_ones()
    {
        var unexplained = Sources.Unexplained(Allowed, descriptors: true);
        Assert.True(unexplained.Count == 0, "Vietnamese inline (move it to Localization/ExtractionWords.resx):\n" + string.Join('\n', unexplained));
    }

    [Fact]
    public void Every_allowed_file_still_needs_its_exception()
    {
        var stale = Sources.StaleExceptions(Allowed);
        Assert.True(stale.Count == 0, "allowed Vietnamese but missing, without a reason, or with no Vietnamese literal left (take it off the list): " + string.Join(", ", stale));
    }
}
