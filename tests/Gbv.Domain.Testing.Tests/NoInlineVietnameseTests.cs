namespace Gbv.Domain.Tests.Scenarios;

/// <summary>
/// The Testing package writes no Vietnamese inline (issue 23): every word it prints comes from
/// Localization/ScenarioWords.resx, read through the core's word set. The files below are the exceptions, each
/// with its reason; a new Vietnamese string literal anywhere else fails, and so does an exception that no longer holds one.
/// </summary>
public sealed class NoInlineVietnameseTests
{
    private static readonly PackageSources Sources = new("Gbv.Domain.Testing");

    /// <summary>The files allowed a Vietnamese literal, by path under src/Gbv.Domain.Testing, and why.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["RandomPlans.cs"] = "input: the Vietnamese texts random plans are made of, never printed by the package",
    };

    [Fact]
    public void No_source_file_writes_a_vietnamese_string_literal_except_the_allowed_ones()
    {
        var unexplained = Sources.Unexplained(Allowed, descriptors: true);
        Assert.True(unexplained.Count == 0, "Vietnamese inline (move it to Localization/ScenarioWords.resx):\n" + string.Join('\n', unexplained));
    }

    [Fact]
    public void Every_allowed_file_still_needs_its_exception()
    {
        var stale = Sources.StaleExceptions(Allowed);
        Assert.True(stale.Count == 0, "allowed Vietnamese but missing, without a reason, or with no Vietnamese literal left (take it off the list): " + string.Join(", ", stale));
    }
}
