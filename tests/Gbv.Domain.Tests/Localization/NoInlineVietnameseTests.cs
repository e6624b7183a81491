namespace Gbv.Domain.Tests.Localization;

/// <summary>
/// The core writes no Vietnamese inline: every word it prints comes from a resource file (Words, Nouns, Checks,
/// ReadingWords, Explanations), as the tool's come from CliWords. The files below are the exceptions, each with its reason; a new
/// Vietnamese string literal anywhere else fails, and so does an exception that no longer holds one.
/// </summary>
public sealed class NoInlineVietnameseTests
{
    /// <summary>The files allowed a Vietnamese literal, by path under src/Gbv.Domain, and why.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["Indicators/ThresholdPhrase.cs"] = "input: the threshold words plans write (\"trên\", \"tối thiểu\", \"lần/năm\"), read, never printed",
        ["Referrals/DefaultReferralRules.cs"] = "data: the law's own words, quoted verbatim as a plan file quotes its source, and the decrees' numbers (\"NĐ-CP\") in the English citations; the rules' and services' names are in Words.resx",
    };

    [Fact]
    public void No_core_source_file_writes_a_vietnamese_string_literal_except_the_allowed_ones()
    {
        // A diagnostic's descriptor takes its message in both languages together, by design (Diagnostics/DiagnosticDescriptor).
        var unexplained = PackageSources.Core.Unexplained(Allowed, descriptors: true);
        Assert.True(unexplained.Count == 0, "Vietnamese inline in the core's code (move it to a resource file under Localization/):\n" + string.Join('\n', unexplained));

        // The descriptors are many; the check has something to look at.
        var descriptors = PackageSources.Core.Files().Count(f => PackageSources.IsDescriptorFile(f) && PackageSources.VietnameseLiterals(PackageSources.Code(f)).Any());
        Assert.True(descriptors >= 10, "the descriptor files no longer show their Vietnamese: the pattern no longer matches");
    }

    [Fact]
    public void Every_allowed_file_exists_and_still_needs_its_exception()
    {
        var stale = PackageSources.Core.StaleExceptions(Allowed);
        Assert.True(stale.Count == 0, "allowed Vietnamese but missing, without a reason, or with no Vietnamese literal left (take it off the list): " + string.Join(", ", stale));
    }

    [Fact]
    public void The_check_finds_a_vietnamese_literal_and_passes_over_comments_and_english()
    {
        string[] lines =
        [
            "/// <summary>Final review (\"Tổng kết\").</summary>",
            "    // \"Sơ kết\" is the mid-term review",
            "    var en = \"final review\";",
            "    var vi = $\"Tổng kết năm {year}\";",
            "    Comparison.MoreThan => (\"needs more than\", \"cần trên\"),",
            "    var hard = \"Đ\" + \"ĐẠT\";",
        ];
        Assert.Equal(["\"Tổng kết năm {year}\"", "\"cần trên\"", "\"Đ\"", "\"ĐẠT\""], PackageSources.VietnameseLiterals(PackageSources.Code(lines)));
    }
}
