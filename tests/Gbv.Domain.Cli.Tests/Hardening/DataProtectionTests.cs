using System.Globalization;
using static Gbv.Domain.Tests.Cli.GbvTool;

namespace Gbv.Domain.Tests.Cli.Hardening;

/// <summary>
/// A survivor's data stays where it was put: no case id and no case field value in what <c>gbv evaluate</c> and
/// <c>gbv refer</c> print unless the user asks (the engine's redaction is tested with the core).
/// </summary>
public sealed class DataProtectionTests
{
    // Every case column but the unit (an administrative unit, reported by design), each bad in one row with a
    // value that cannot occur anywhere else, so that finding it in the output means it leaked.
    private static readonly string[] Columns = ["age", "sex", "violence", "incident_type", "trafficking", "domestic", "risk", "consent", "incident_at", "reported_at"];

    private static string Marker(string column) => "zq-" + column.Replace('_', '-') + "-leak";

    [Fact]
    public void Reports_and_diagnostics_of_gbv_evaluate_show_no_case_id_and_no_case_value()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gbv-{Guid.NewGuid():N}.csv");
        try
        {
            var rows = new List<string> { "case_id,unit,age,sex,violence,incident_type,trafficking,domestic,risk,consent,incident_at,reported_at" };
            var good = new Dictionary<string, string>
            {
                ["age"] = "12", ["sex"] = "female", ["violence"] = "sexual", ["incident_type"] = "rape", ["trafficking"] = "false",
                ["domestic"] = "true", ["risk"] = "high", ["consent"] = "true", ["incident_at"] = "2020-05-01T08:00:00+07:00",
                ["reported_at"] = "2020-05-01T10:00:00+07:00",
            };
            for (var i = 0; i < 12; i++)
            {
                // Rows 0 and 1 are good; each of the others is bad in one column.
                var bad = i < 2 ? null : Columns[i - 2];
                rows.Add($"synthetic-protect-{i.ToString(CultureInfo.InvariantCulture)},xa-a," + string.Join(',', Columns.Select(c => c == bad ? Marker(c) : good[c])));
            }

            File.WriteAllLines(file, rows);
            foreach (var format in new[] { "text", "md", "json", "html" })
            {
                var (exit, output, errors) = Run("evaluate", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--as-of", "2020-12-31", "--cases", file, "--format", format, "--lang", "en");
                Assert.Equal(1, exit);
                // Each bad row was reported where it is, by column, and none of them let its value through.
                Assert.Equal(Columns.Length, errors.Split('\n').Count(l => l.Contains("error GBV4202", StringComparison.Ordinal)));
                foreach (var column in Columns)
                {
                    Assert.Contains($"The value of \"{column}\"", errors, StringComparison.Ordinal);
                }

                foreach (var text in new[] { output, errors })
                {
                    Assert.DoesNotContain("synthetic-protect", text, StringComparison.Ordinal);
                    Assert.DoesNotContain("zq-", text, StringComparison.Ordinal);
                }
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Gbv_refer_redacts_on_request()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gbv-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, """{ "caseId": "synthetic-refer", "age": 14, "violence": ["sexual"], "risk": "high", "consent": false, "incidentAt": "2024-05-01T08:00:00+07:00", "reportedAt": "2024-05-01T20:00:00+07:00" }""");
            var plain = Run("refer", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--case", file);
            var redacted = Run("refer", TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"), "--case", file, "--redact");
            Assert.Equal((0, 0), (plain.Exit, redacted.Exit));
            // In Vietnamese (the default) the test reads "tuổi dưới 16 (tuổi: 14)", the hidden value "[đã ẩn]".
            Assert.Contains("(tuổi: 14)", plain.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("(tuổi: 14)", redacted.Out, StringComparison.Ordinal);
            Assert.Contains("(tuổi: [đã ẩn])", redacted.Out, StringComparison.Ordinal);
            // Same decisions, line for line, once the values are masked.
            static string Mask(string s) => System.Text.RegularExpressions.Regex.Replace(s, @"(?<=\([\w ]+: )[^()]*?(?=\): (đúng|không đúng))", "[đã ẩn]");
            Assert.Equal(Mask(plain.Out), redacted.Out);
            Assert.DoesNotContain("synthetic-refer", plain.Out + plain.Err + redacted.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
