using Gbv.Domain.Definitions;

namespace Gbv.Domain.Tests.Cascade;

/// <summary>
/// The additions of issue 27 are additive: every plan file that validated before validates as before, with the same
/// diagnostics (pinned from the build before the additions), and none of the new codes. The files are kept as they were
/// in Cascade/Before: the samples since gained the national parents' links and Đăk Tô's two campaigns.
/// </summary>
public sealed class ExistingFilesTests
{
    public static TheoryData<string, string> Files() => new()
    {
        { "hoi-lhpn-long-bien-2023.plan.json", "GBV2301 GBV2301" },
        { "ubnd-cam-tan-2024.plan.json", "GBV2104 GBV2106 GBV2301" },
        { "ubnd-can-tho-2024.plan.json", "GBV2303" },
        { "ubnd-dak-to-2017-2020.plan.json", "GBV2301 GBV2301" },
        { "ubnd-hai-duong-2020.plan.json", "GBV2303" },
        { "ubnd-huyen-an-lac-2025.plan.json", "" },
        { "ubnd-xa-hoa-binh-2024-2026.plan.json", "" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_plan_file_of_before_validates_as_before(string file, string codes)
    {
        var result = PlanLoader.LoadFile(Path.Combine(TestFiles.RepositoryRoot, "tests", "Gbv.Domain.Tests", "Cascade", "Before", file));
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        Assert.Equal(codes, string.Join(' ', result.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Every_sample_plan_loads()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(TestFiles.RepositoryRoot, "samples", "plans"), "*.plan.json"))
        {
            var result = PlanLoader.LoadFile(file);
            Assert.True(result.Success, file + ": " + string.Join('\n', result.Diagnostics));
        }
    }
}
