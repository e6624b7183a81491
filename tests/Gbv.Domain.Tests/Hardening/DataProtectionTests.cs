using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using Gbv.Domain.Evaluation.Referrals;
using Gbv.Domain.Referrals;
using Gbv.Domain.Testing;
using NodaTime;
using static Gbv.Domain.Tests.Cli.GbvTool;

namespace Gbv.Domain.Tests.Hardening;

/// <summary>
/// A survivor's data stays where it was put: no case id and no case field value in rendered reports or diagnostics
/// unless the user asks, and explanations that can be redacted.
/// </summary>
public sealed class DataProtectionTests
{
    private static readonly ReferralEngine<CaseRecord> Engine = ReferralEngine<CaseRecord>.Compile(ReferralRuleSet.Defaults, CaseFields.Map).Engine!;
    private static readonly Instant Incident = Instant.FromUtc(2024, 6, 1, 1, 0);

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
    public void A_redacted_referral_keeps_the_decision_and_drops_the_case_values()
    {
        var child = new CaseRecord
        {
            CaseId = "synthetic-redact", Age = 14, Sex = Sex.Female, Violence = ViolenceKinds.Sexual, Risk = RiskLevel.High,
            Consent = false, IncidentAt = Incident, ReportedAt = Incident + Duration.FromHours(3), Unit = "xa-a",
        };
        var decisions = Engine.Decide(child, Incident + Duration.FromHours(4), null);
        Assert.NotEmpty(decisions);
        Assert.Contains(decisions, d => d.Explain().Contains("age = 14", StringComparison.Ordinal));

        foreach (var decision in decisions)
        {
            var redacted = decision.Redacted();
            Assert.Equal(decision, redacted);
            Assert.Equal(decision.Deadline, redacted.Deadline);
            var text = redacted.Explain();
            Assert.DoesNotContain("age = 14", text, StringComparison.Ordinal);
            Assert.DoesNotContain("risk = high", text, StringComparison.Ordinal);
            var clauses = decision.Reasons.Sum(r => r.Explanation.Clauses.Length);
            Assert.Equal(clauses, text.Split(ClauseExplanation.HiddenValue).Length - 1);
            // The rules and their sources stay: the reason is still explained, only the values are gone.
            Assert.All(decision.Reasons, r => Assert.Contains("rule " + r.Rule.Id, text, StringComparison.Ordinal));
        }

        // The decision as made is not changed by redacting it.
        Assert.Contains(decisions, d => d.Explain().Contains("age = 14", StringComparison.Ordinal));
    }

    /// <summary>For any case, every value in a redacted explanation is hidden and the clauses and results are kept.</summary>
    [Property(MaxTest = 200)]
    public Property Redaction_hides_every_value_and_keeps_every_clause() =>
        Prop.ForAll(GbvGenerators.Cases(), record =>
        {
            foreach (var decision in Engine.Decide(record, Incident, null))
            {
                var redacted = decision.Redacted();
                var pairs = decision.Reasons.Zip(redacted.Reasons);
                if (!pairs.All(p => p.First.Rule == p.Second.Rule && p.First.Explanation.Result == p.Second.Explanation.Result
                    && p.First.Explanation.Clauses.Select(c => (c.Clause, c.Field, c.Held)).SequenceEqual(p.Second.Explanation.Clauses.Select(c => (c.Clause, c.Field, c.Held)))
                    && p.Second.Explanation.Clauses.All(c => c.Value == ClauseExplanation.HiddenValue)))
                {
                    return false;
                }
            }

            return true;
        });

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
