using System.Text.Json;
using System.Xml.Linq;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Rendering;
using Gbv.Domain.Indicators;
using Gbv.Domain.Reporting;
using Gbv.Domain.Tasks;
using NodaTime;

namespace Gbv.Domain.Tests.Evaluation.Rendering;

/// <summary>
/// The compliance report a provincial office prints, word for word in both languages, and the JSON an integrator
/// reads, for a plan and data written so that every section has something to say. Every figure below is worked out by hand in the comments.
/// </summary>
public sealed class RenderedReportTests
{
    private static readonly CompiledPlan<Gbv.Domain.Cases.CaseRecord> Plan = ComplianceEngine.Load("""
        {
          "format": "gbv-plan/1", "id": "report-md", "title": { "vi": "Thử: báo cáo tình hình", "en": "Test: compliance report" },
          "document": { "issuer": "ubnd-xa" }, "level": "commune", "period": { "from": 2025, "to": 2026 },
          "agencies": [
            { "id": "ubnd-xa", "name": { "vi": "UBND xã" }, "kind": "peoples-committee" },
            { "id": "hoi-lhpn-xa", "name": { "vi": "Hội LHPN xã" }, "kind": "womens-union" }
          ],
          "dataElements": [
            { "key": "victims_detected", "name": { "vi": "Số nạn nhân được phát hiện" } },
            { "key": "victims_supported", "name": { "vi": "Số nạn nhân được hỗ trợ" } }
          ],
          "tasks": [
            { "id": "club", "title": { "vi": "Sinh hoạt câu lạc bộ", "en": "Club meeting" }, "lead": "hoi-lhpn-xa", "recurrence": "annual",
              "minimumFrequency": { "count": 2, "per": "year" }, "source": "ít nhất 02 lần/năm" },
            { "id": "training", "title": { "vi": "Tập huấn", "en": "Training" }, "lead": "ubnd-xa", "recurrence": "annual",
              "minimumFrequency": { "count": 1, "per": "year" }, "source": "ít nhất 01 lần/năm" }
          ],
          "indicators": [
            { "key": "supported", "title": { "vi": "Nạn nhân được hỗ trợ" }, "source": "trên 90% năm 2025, trên 95% năm 2026",
              "metric": { "reported": { "numerator": "victims_supported", "denominator": "victims_detected" } },
              "targets": [ { "by": 2025, "threshold": { "comparison": "more-than", "value": 90 } },
                           { "by": 2026, "threshold": { "comparison": "more-than", "value": 95 } } ] },
            { "key": "trainings", "title": { "vi": "Tập huấn hằng năm" }, "source": "ít nhất 01 lần/năm",
              "metric": { "events": { "task": "training", "per": "year" } },
              "targets": [ { "by": 2025, "threshold": { "comparison": "at-least", "value": 1, "unit": "count" } } ] }
          ],
          "consistencyRules": [
            { "key": "supported-within-detected", "title": { "vi": "Số được hỗ trợ không vượt quá số được phát hiện" },
              "left": "victims_supported", "operator": "at-most", "right": "victims_detected" }
          ],
          "reporting": [
            { "key": "six-monthly", "frequency": "six-monthly", "due": { "rule": "before", "date": "06-10" },
              "reporters": ["hoi-lhpn-xa"], "recipient": "ubnd-xa", "source": "báo cáo 6 tháng trước ngày 10/6" },
            { "key": "annual", "frequency": "annual", "due": { "rule": "before", "date": "12-20" },
              "reporters": ["hoi-lhpn-xa"], "recipient": "ubnd-xa", "source": "báo cáo năm trước ngày 20/12" }
          ],
          "observanceDays": [
            { "id": "womens-day", "name": { "vi": "Ngày Quốc tế Phụ nữ", "en": "International Women's Day" }, "date": "03-08", "source": "ngày 8/3" }
          ],
          "milestones": [
            { "id": "mid-2025", "kind": "mid-term-review", "year": 2025, "source": "sơ kết năm 2025" },
            { "id": "inspection-2025", "kind": "inspection", "year": 2025, "source": "kiểm tra năm 2025" },
            { "id": "final-2026", "kind": "final-review", "year": 2026, "source": "tổng kết năm 2026" }
          ]
        }
        """).CompiledPlan!;

    // Midnight at the start of 1 March 2026 in Vietnam: 2025 has ended, 2026 is under way.
    private static readonly Instant AsOf = Instant.FromUtc(2026, 2, 28, 17, 0);

    private static ComplianceReport Report() => Report(AsOf);

    private static ComplianceReport Report(Instant asOf) => Plan.Evaluate(new ComplianceData<Gbv.Domain.Cases.CaseRecord>
    {
        ReportedValues =
        [
            new("xa-a", 2025, "victims_detected", 20), new("xa-a", 2025, "victims_supported", 18),
            new("xa-b", 2025, "victims_detected", 6), new("xa-b", 2025, "victims_supported", 7),
            new("xa-a", 2026, "victims_detected", 10), new("xa-a", 2026, "victims_supported", 8),
        ],
        // The annual report of 2025 at 10:00 on 22 December, local time: three days after the 19th, its last day on time.
        Submissions = [new("annual", "hoi-lhpn-xa", new ReportingPeriod(PeriodKind.Year, 2025, 1), Instant.FromUtc(2025, 12, 22, 3, 0))],
        TaskCompletions =
        [
            new TaskCompletion("club", "xa-a", new LocalDate(2025, 3, 1)), new TaskCompletion("training", "xa-a", new LocalDate(2025, 6, 1)),
            new TaskCompletion("mid-2025", "xa-a", new LocalDate(2025, 7, 15)), new TaskCompletion("painting-contest", "xa-a", new LocalDate(2025, 8, 1)),
        ],
    }, asOf);

    /// <summary>
    /// 2025: xa-b's 7 supported of 6 detected cannot be, so xa-b is left out and named: 18 of 20 is 90%, not more than
    /// 90% (pooled, 25 of 26 = 96.2% would have read as met); the least above 90% of 20 (18) is 19, 1 more; exactly at the
    /// threshold, no percentage achieved. 2 not supported is a small complement: the part shows as "&gt;15" and the
    /// shortfall as "—". 2026 so far: 8 of 10 is 80%, at risk against more than 95% (9.5, so 10: 2 more); 2 not supported
    /// again hides the part, the shortfall and the 84.2% achieved (80 of 95) in print; the JSON keeps them all.
    /// xa-b reported in 2025 but has sent nothing for 2026: it did not report, and the total says it is incomplete.
    /// One training in 2025 meets at least one. In xa-b 7 supported of 6 detected breaks the plan's rule and the rule the ratio implies (a part is never above its
    /// whole): 2 rules checked for 3 unit-years.
    /// </summary>
    [Fact]
    public void The_english_report_word_for_word()
    {
        Assert.Equal("""
            # Test: compliance report

            Compliance report as of 2026-03-01 (report-md, 2025-2026)

            ## Indicators

            | indicator | target | status | year | figures | least that meets it | still needed | of the target |
            |---|---|---|---:|---:|---:|---:|---:|
            | supported | more than 90% by 2025 | **NotMet** | 2025 | >15/20 (incomplete: 1 of 2 units; left out: xa-b impossible figures (part above whole)) | 19 | — | — |
            | supported | more than 95% by 2026 | **AtRisk** | 2026 | >5/10 (incomplete: 1 of 2 units; left out: xa-b did not report) | 10 | — | — |
            | trainings | at least 1 by 2025 | Met | 2025 | 1 | 1 | 0 | 100% |

            **supported: more than 95% by 2026**

            | unit | year | figures | status |
            |---|---:|---:|---|
            | xa-a | 2026 | (hidden) | — |
            | xa-b | 2026 | — | did not report |
            | total | 2026 | >5/10 (incomplete: 1 of 2 units; left out: xa-b did not report) | **AtRisk** |

            **trainings: at least 1 by 2025**

            | unit | year | figures | status |
            |---|---:|---:|---|
            | xa-a | 2025 | 1 | Met |
            | total | 2025 | 1 | Met |

            ## Reporting

            | obligation | reports due | received | on time | reporting rate | on-time rate |
            |---|---:|---:|---:|---:|---:|
            | six-monthly | 1 | 0 | 0 | 0% | 0% |
            | annual | 1 | 1 | 0 | 100% | 0% |

            **Late, missing and coming reports**

            | unit | report | period | on time until | status |
            |---|---|---|---|---|
            | hoi-lhpn-xa | six-monthly | 2025-H1 | 2025-06-09 | **missing** |
            | hoi-lhpn-xa | annual | 2025 | 2025-12-19 | **late by 3 day(s)** |
            | hoi-lhpn-xa | six-monthly | 2026-H1 | 2026-06-09 | not yet due |
            | hoi-lhpn-xa | annual | 2026 | 2026-12-19 | not yet due |

            ## Consistency of the reported figures

            6 checks, 2 violations, 0 skipped for missing figures.

            | unit | year | rule | left | right |
            |---|---:|---|---:|---:|
            | xa-b | 2025 | **supported-within-detected** | 7 | 6 |
            | xa-b | 2025 | **supported:part-within-whole** | 7 | 6 |

            ## Tasks with a minimum frequency

            | task | year | done | at least | status |
            |---|---:|---:|---:|---|
            | club | 2025 | 1 | 2 | **not met** |
            | training | 2025 | 1 | 1 | met |

            ## Reviews

            | review | year | status |
            |---|---:|---|
            | mid-2025 | 2025 | held on 2025-07-15 |
            | inspection-2025 | 2025 | **no record that it was held** |
            | final-2026 | 2026 | due this year |

            ## The next 90 days

            | when | what | kind |
            |---|---|---|
            | 2026-01-01 – 2026-12-31 | Final review, 2026 | review |
            | 2026-01-01 – 2026-12-31 | Club meeting | task |
            | 2026-01-01 – 2026-12-31 | Training | task |
            | 2026-03-08 | International Women's Day | observance day |

            ## Referrals

            Cases read: 0

            ## Problems in the data

            - GBV4004: xa-a recorded a completion of task "painting-contest", which the plan does not have, so it is not counted

            _Counts of people below 5 are shown as "<5" to protect survivors._

            """.ReplaceLineEndings("\n"), ComplianceReportMarkdown.Render(Report(), "en"));
    }

    [Fact]
    public void The_vietnamese_report_word_for_word()
    {
        Assert.Equal("""
            # Thử: báo cáo tình hình

            Báo cáo tình hình thực hiện tính đến ngày 01/03/2026 (giai đoạn 2025-2026)

            ## Chỉ tiêu

            | chỉ tiêu | mục tiêu | tình trạng | năm | số liệu | mức tối thiểu | còn thiếu | đạt so với mục tiêu |
            |---|---|---|---:|---:|---:|---:|---:|
            | Nạn nhân được hỗ trợ | trên 90% đến năm 2025 | **không đạt** | 2025 | >15/20 (chưa đủ: 1/2 đơn vị; không tính: xa-b số liệu không thể đúng (phần lớn hơn tổng)) | 19 | — | — |
            | Nạn nhân được hỗ trợ | trên 95% đến năm 2026 | **có nguy cơ không đạt** | 2026 | >5/10 (chưa đủ: 1/2 đơn vị; không tính: xa-b chưa báo cáo) | 10 | — | — |
            | Tập huấn hằng năm | tối thiểu 1 đến năm 2025 | đạt | 2025 | 1 | 1 | 0 | 100% |

            **Nạn nhân được hỗ trợ: trên 95% đến năm 2026**

            | đơn vị | năm | số liệu | tình trạng |
            |---|---:|---:|---|
            | xa-a | 2026 | (ẩn) | — |
            | xa-b | 2026 | — | chưa báo cáo |
            | tổng cộng | 2026 | >5/10 (chưa đủ: 1/2 đơn vị; không tính: xa-b chưa báo cáo) | **có nguy cơ không đạt** |

            **Tập huấn hằng năm: tối thiểu 1 đến năm 2025**

            | đơn vị | năm | số liệu | tình trạng |
            |---|---:|---:|---|
            | xa-a | 2025 | 1 | đạt |
            | tổng cộng | 2025 | 1 | đạt |

            xa-a, xa-b: chưa có tên trong units.csv (cột name), nên ghi bằng mã đơn vị

            ## Chế độ báo cáo

            | báo cáo | số báo cáo đến hạn | đã nhận | đúng hạn | tỷ lệ báo cáo | tỷ lệ đúng hạn |
            |---|---:|---:|---:|---:|---:|
            | báo cáo 6 tháng | 1 | 0 | 0 | 0% | 0% |
            | báo cáo năm | 1 | 1 | 0 | 100% | 0% |

            **Báo cáo trễ hạn, chưa nộp và sắp đến hạn**

            | đơn vị | báo cáo | kỳ báo cáo | đúng hạn đến hết ngày | tình trạng |
            |---|---|---|---|---|
            | Hội LHPN xã | báo cáo 6 tháng | 6 tháng đầu năm 2025 | 09/06/2025 | **chưa nộp** |
            | Hội LHPN xã | báo cáo năm | năm 2025 | 19/12/2025 | **trễ 3 ngày** |
            | Hội LHPN xã | báo cáo 6 tháng | 6 tháng đầu năm 2026 | 09/06/2026 | chưa đến hạn |
            | Hội LHPN xã | báo cáo năm | năm 2026 | 19/12/2026 | chưa đến hạn |

            ## Tính nhất quán của số liệu báo cáo

            6 lần kiểm tra, 2 vi phạm, 0 bỏ qua do thiếu số liệu.

            | đơn vị | năm | quy tắc | vế trái | vế phải |
            |---|---:|---|---:|---:|
            | xa-b | 2025 | **Số được hỗ trợ không vượt quá số được phát hiện** | 7 | 6 |
            | xa-b | 2025 | **“Số nạn nhân được hỗ trợ” là một phần của “Số nạn nhân được phát hiện”** | 7 | 6 |

            ## Nhiệm vụ có tần suất tối thiểu

            | nhiệm vụ | năm | đã thực hiện | tối thiểu | tình trạng |
            |---|---:|---:|---:|---|
            | Sinh hoạt câu lạc bộ | 2025 | 1 | 2 | **không đạt** |
            | Tập huấn | 2025 | 1 | 1 | đạt |

            ## Sơ kết, tổng kết

            | hoạt động | năm | tình trạng |
            |---|---:|---|
            | Sơ kết năm 2025 | 2025 | đã tổ chức ngày 15/07/2025 |
            | Kiểm tra năm 2025 | 2025 | **không có ghi nhận đã tổ chức** |
            | Tổng kết năm 2026 | 2026 | đến hạn trong năm |

            ## 90 ngày tới

            | thời gian | nội dung | loại |
            |---|---|---|
            | 01/01/2026 – 31/12/2026 | Tổng kết năm 2026 | sơ kết, tổng kết |
            | 01/01/2026 – 31/12/2026 | Sinh hoạt câu lạc bộ | nhiệm vụ |
            | 01/01/2026 – 31/12/2026 | Tập huấn | nhiệm vụ |
            | 08/03/2026 | Ngày Quốc tế Phụ nữ | ngày kỷ niệm |

            ## Chuyển tuyến

            Số vụ việc: 0

            ## Vấn đề trong dữ liệu

            - GBV4004: xa-a ghi nhận hoàn thành nhiệm vụ "painting-contest" không có trong kế hoạch nên không được tính

            _Số người dưới 5 được ghi là "<5" để bảo vệ nạn nhân._

            """.ReplaceLineEndings("\n"), ComplianceReportMarkdown.Render(Report(), "vi"));
    }

    /// <summary>
    /// At the end of 2025 the units' table is against "more than 90% by 2025": xa-a's 18 of 20 is the whole total (xa-b's
    /// 7 of 6 cannot be, so the total leaves it out), 2 not supported is small, so xa-a's row is hidden as the total's
    /// part is; xa-b is listed without figures, as left out. The rows hold only what the total holds.
    /// </summary>
    [Fact]
    public void The_units_table_lists_a_unit_the_total_leaves_out_without_its_figures()
    {
        var md = ComplianceReportMarkdown.Render(Report(Instant.FromUtc(2025, 12, 31, 16, 59)), "en");
        Assert.Contains("""
            **supported: more than 90% by 2025**

            | unit | year | figures | status |
            |---|---:|---:|---|
            | xa-a | 2025 | (hidden) | — |
            | xa-b | 2025 | — | **left out: impossible figures** |
            | total | 2025 | >15/20 (incomplete: 1 of 2 units; left out: xa-b impossible figures (part above whole)) | **NotMet** |
            """.ReplaceLineEndings("\n"), md, StringComparison.Ordinal);
    }

    [Fact]
    public void Tasks_say_how_far_they_are_and_a_plan_that_does_not_load_says_why()
    {
        var report = Report();
        Assert.Equal(["club: 1 of at least 2 in 2025 (not met)", "training: 1 of at least 1 in 2025 (met)"], report.Tasks.Select(t => t.ToString()));
        // During the year a task short of its minimum is in progress, not failed.
        Assert.Equal("club: 0 of at least 2 in 2026 (in progress)", (report.Tasks[0] with { Year = 2026, Done = 0, YearEnded = false }).ToString());

        Assert.True(ComplianceEngine.Load(File.ReadAllText(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"))).Success);
        var broken = ComplianceEngine.Load("{ \"format\": \"gbv-plan/1\" }", "broken.json");
        Assert.False(broken.Success);
        Assert.Null(broken.CompiledPlan);
        Assert.All(broken.Diagnostics, d => Assert.Equal("broken.json", d.Location.File));
    }

    [Fact]
    public void Without_problems_or_dated_entries_the_sections_say_so()
    {
        // After the plan's last year nothing lies ahead; with no data there is no problem to list.
        var report = Plan.Evaluate(new ComplianceData<Gbv.Domain.Cases.CaseRecord>(), Instant.FromUtc(2027, 6, 30, 17, 0));
        var en = ComplianceReportMarkdown.Render(report, "en");
        Assert.Contains("## The next 90 days\n\nNothing dated.\n", en, StringComparison.Ordinal);
        Assert.Contains("## Problems in the data\n\nNone.\n", en, StringComparison.Ordinal);
        Assert.DoesNotContain("Late or missing", ComplianceReportMarkdown.Render(Plan.Evaluate(new ComplianceData<Gbv.Domain.Cases.CaseRecord>(), Instant.FromUtc(2025, 1, 31, 17, 0)), "en"), StringComparison.Ordinal);
        var vi = ComplianceReportMarkdown.Render(report, "vi");
        Assert.Contains("## 90 ngày tới\n\nKhông có mốc nào.\n", vi, StringComparison.Ordinal);
        Assert.Contains("## Vấn đề trong dữ liệu\n\nKhông có.\n", vi, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ComplianceReportMarkdown.Render(null!, "en"));
    }

    /// <summary>The JSON keeps the full figures (no small-count suppression: it is data for systems, not a printout).</summary>
    [Fact]
    public void The_json_report_carries_every_figure_worked_out_by_hand()
    {
        using var json = JsonDocument.Parse(ComplianceReportJson.Write(Report()));
        var root = json.RootElement;
        Assert.Equal(("gbv-compliance-report/1", "report-md", "Test: compliance report", "2025-2026", "2026-02-28T17:00:00Z", "2026-03-01"),
            (root.GetProperty("format").GetString(), root.GetProperty("plan").GetProperty("id").GetString(),
             root.GetProperty("plan").GetProperty("title").GetProperty("en").GetString(), root.GetProperty("plan").GetProperty("period").GetString(),
             root.GetProperty("asOf").GetString(), root.GetProperty("asOfDate").GetString()));

        static string N(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? "null" : e.GetProperty(name).GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
        [
            "supported|more than 90%|by 2025|NotMet|2025|18|20|90|19|1|null",
            "supported|more than 95%|by 2026|AtRisk|2026|8|10|80|10|2|84.2105",
            "trainings|at least 1|by 2025|Met|2025|1|null|1|1|0|100",
        ], root.GetProperty("indicators").EnumerateArray().Select(i => string.Join('|', i.GetProperty("key").GetString(), i.GetProperty("threshold").GetString(),
            i.GetProperty("horizon").GetString(), i.GetProperty("status").GetString(), N(i, "year"), N(i, "numerator"), N(i, "denominator"), N(i, "value"),
            N(i, "minimumCount"), N(i, "shortfall"), N(i, "percentAchieved"))));
        Assert.StartsWith("supported (more than 90% by 2025): NotMet: 1 of 2 unit(s) in the total, incomplete: xa-b's figures cannot be (7 of 6", root.GetProperty("indicators")[0].GetProperty("explanation").GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Nạn nhân được hỗ trợ (trên 90% đến năm 2025): không đạt: 1/2 đơn vị được tính, chưa đủ số liệu: số liệu của xa-b không thể đúng (7/6", root.GetProperty("indicators")[0].GetProperty("explanation").GetProperty("vi").GetString(), StringComparison.Ordinal);

        var consistency = root.GetProperty("consistency");
        Assert.Equal((6, 0), (consistency.GetProperty("checked").GetInt32(), consistency.GetProperty("skipped").GetInt32()));
        Assert.Equal(["supported-within-detected|xa-b|2025|7|6|Medium", "supported:part-within-whole|xa-b|2025|7|6|High"],
            consistency.GetProperty("violations").EnumerateArray().Select(v => string.Join('|', v.GetProperty("rule").GetString(), v.GetProperty("unit").GetString(),
                N(v, "year"), N(v, "left"), N(v, "right"), v.GetProperty("importance").GetString())));

        var timeliness = root.GetProperty("timeliness");
        Assert.Equal(["six-monthly|-|1|0|0|0|0", "six-monthly|hoi-lhpn-xa|1|0|0|0|0", "annual|-|1|1|0|100|0", "annual|hoi-lhpn-xa|1|1|0|100|0"],
            timeliness.GetProperty("rates").EnumerateArray().Select(r => string.Join('|', r.GetProperty("obligation").GetString(),
                r.TryGetProperty("unit", out var u) ? u.GetString() : "-", N(r, "due"), N(r, "received"), N(r, "onTime"), N(r, "rate"), N(r, "onTimeRate"))));
        Assert.Equal(
        [
            "six-monthly|2025-H1|hoi-lhpn-xa|Missing|2025-06-09|-|0",
            "annual|2025|hoi-lhpn-xa|Late|2025-12-19|2025-12-22T03:00:00Z|3",
            "six-monthly|2026-H1|hoi-lhpn-xa|NotYetDue|2026-06-09|-|0",
            "annual|2026|hoi-lhpn-xa|NotYetDue|2026-12-19|-|0",
        ], timeliness.GetProperty("reports").EnumerateArray().Select(r => string.Join('|', r.GetProperty("obligation").GetString(), r.GetProperty("period").GetString(),
            r.GetProperty("unit").GetString(), r.GetProperty("status").GetString(), r.GetProperty("lastOnTimeDay").GetString(),
            r.TryGetProperty("submittedAt", out var at) ? at.GetString() : "-", N(r, "daysLate"))));
        Assert.Equal(0, timeliness.GetProperty("unscheduled").GetInt32());

        Assert.Equal(["club|2025|1|2|False|True", "training|2025|1|1|True|True"], root.GetProperty("tasks").EnumerateArray().Select(t => string.Join('|',
            t.GetProperty("task").GetString(), N(t, "year"), N(t, "done"), N(t, "required"), t.GetProperty("met").GetBoolean(), t.GetProperty("yearEnded").GetBoolean())));
        Assert.Equal(["mid-2025|MidTermReview|2025|Held|2025-07-15", "inspection-2025|Inspection|2025|NotRecorded|-", "final-2026|FinalReview|2026|DueThisYear|-"],
            root.GetProperty("milestones").EnumerateArray().Select(m => string.Join('|', m.GetProperty("milestone").GetString(), m.GetProperty("kind").GetString(),
                N(m, "year"), m.GetProperty("status").GetString(), m.TryGetProperty("heldOn", out var on) ? on.GetString() : "-")));
        Assert.Equal(
        [
            "Milestone|final-2026|2026-01-01|2026-12-31|Tổng kết năm 2026|Final review, 2026|in 2026",
            "Task|club|2026-01-01|2026-12-31|Sinh hoạt câu lạc bộ|Club meeting|every year, at least 2 time(s) a year",
            "Task|training|2026-01-01|2026-12-31|Tập huấn|Training|every year, at least 1 time(s) a year",
            "ObservanceDay|womens-day|2026-03-08|2026-03-08|Ngày Quốc tế Phụ nữ|International Women's Day|the plan names the day",
        ], root.GetProperty("ahead").EnumerateArray().Select(a => string.Join('|', a.GetProperty("kind").GetString(), a.GetProperty("key").GetString(),
            a.GetProperty("start").GetString(), a.GetProperty("end").GetString(), a.GetProperty("title").GetProperty("vi").GetString(),
            a.GetProperty("title").GetProperty("en").GetString(), a.GetProperty("detail").GetString())));

        Assert.Equal((0, 0), (root.GetProperty("cases").GetProperty("read").GetInt32(), root.GetProperty("cases").GetProperty("undated").GetInt32()));
        Assert.Equal((0, 0, 0), (root.GetProperty("referrals").GetProperty("cases").GetInt32(),
            root.GetProperty("referrals").GetProperty("perService").EnumerateObject().Count(), root.GetProperty("referrals").GetProperty("perUrgency").EnumerateObject().Count()));

        var problem = Assert.Single(root.GetProperty("problems").EnumerateArray());
        Assert.Equal(("GBV4004", "Error", "task completion xa-a/2025-08-01"), (problem.GetProperty("id").GetString(), problem.GetProperty("severity").GetString(), problem.GetProperty("where").GetString()));
        Assert.Equal("xa-a ghi nhận hoàn thành nhiệm vụ \"painting-contest\" không có trong kế hoạch nên không được tính", problem.GetProperty("explanation").GetProperty("vi").GetString());
        Assert.Throws<ArgumentNullException>(() => ComplianceReportJson.Write(null!));
    }

    /// <summary>A plan title without English keeps only the Vietnamese; a report with referrals names each service and urgency.</summary>
    [Fact]
    public void The_json_report_names_services_and_urgencies_with_full_counts()
    {
        var dakTo = ComplianceEngine.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).CompiledPlan!;
        // A 12-year-old and a 10-year-old: child protection and the 111 hotline, counts below 5 shown in full.
        var report = dakTo.Evaluate(new ComplianceData<Gbv.Domain.Cases.CaseRecord>
        {
            Cases =
            [
                new() { CaseId = "synthetic-1", Age = 12, Unit = "xa-a", ReportedAt = Instant.FromUtc(2020, 5, 1, 3, 0) },
                new() { CaseId = "synthetic-2", Age = 10, Unit = "xa-b" },
            ],
        }, Instant.FromUtc(2020, 12, 31, 16, 59));
        using var json = JsonDocument.Parse(ComplianceReportJson.Write(report));
        var root = json.RootElement;
        Assert.Equal((2, 1), (root.GetProperty("cases").GetProperty("read").GetInt32(), root.GetProperty("cases").GetProperty("undated").GetInt32()));
        var protection = root.GetProperty("referrals").GetProperty("perService").GetProperty("child-protection");
        Assert.Equal((2, 0), (protection.GetProperty("refer").GetInt32(), protection.GetProperty("needsInformation").GetInt32()));
        Assert.Equal(report.Referrals.PerUrgency.Select(p => $"{p.Key}={p.Value}"),
            root.GetProperty("referrals").GetProperty("perUrgency").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetInt64()}"));
        Assert.DoesNotContain("synthetic-", json.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private static XDocument Page(string language) => XDocument.Parse(ComplianceReportHtml.Render(Report(), language)["<!DOCTYPE html>\n".Length..]);

    private static IEnumerable<string> Rows(XDocument page, string table) =>
        page.Descendants(Xhtml + "table").Single(t => (string?)t.Attribute("class") == table).Descendants(Xhtml + "tr")
            .Select(tr => string.Join('|', tr.Elements().Select(c => c.Value)));

    /// <summary>
    /// The page has the same figures as the Markdown, every section with its anchor, plus a chart per indicator of its
    /// value year by year whose label gives each year's value in the threshold's unit (a count stays a count).
    /// </summary>
    [Fact]
    public void The_html_report_cell_by_cell()
    {
        var page = Page("en");
        Assert.Equal(("en", "Test: compliance report", "Compliance report as of 2026-03-01 (report-md, 2025-2026)"),
            ((string?)page.Root!.Attribute("lang"), page.Descendants(Xhtml + "h1").Single().Value, page.Descendants(Xhtml + "p").First().Value));
        Assert.Equal(
        [
            "indicator|target|status|year|figures|least that meets it|still needed|of the target|year by year",
            "supported|more than 90% by 2025|NotMet|2025|>15/20 (incomplete: 1 of 2 units; left out: xa-b impossible figures (part above whole))|19|—|—|—",
            "supported|more than 95% by 2026|AtRisk|2026|>5/10 (incomplete: 1 of 2 units; left out: xa-b did not report)|10|—|—|—",
            "trainings|at least 1 by 2025|Met|2025|1|1|0|100%|trainings: 2025: 1 (target at least 1 by 2025)25",
        ], Rows(page, "indicators"));
        // A status is a word in its own cell, bold and coloured when bad: never a colour alone.
        Assert.Equal(["bad", "bad", "ok"], page.Descendants(Xhtml + "table").First().Element(Xhtml + "tbody")!.Elements(Xhtml + "tr").Select(tr => (string?)tr.Elements().ElementAt(2).Attribute("class")));

        // The ratios' parts are hidden (small complements), so only the count has a chart: one bar, 2025's 1 against
        // at least 1 on a scale of 1.2: 47 of 56 px high; the target's line at 56 - 47 = 9.
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Equal(["47/9"], page.Descendants(svg + "svg").Select(c =>
            $"{c.Elements(svg + "rect").Single(r => (string?)r.Attribute("class") == "value").Attribute("height")!.Value}/{c.Element(svg + "line")!.Attribute("y1")!.Value}"));

        // Per unit beside the total: xa-a's 8 of 10 in 2026 is the whole total, whose part is hidden, so xa-a's is too;
        // xa-b, which reported 2025, has sent nothing for 2026.
        Assert.Equal(["unit|year|figures|status", "xa-a|2026|(hidden)|—", "xa-b|2026|—|did not report", "total|2026|>5/10 (incomplete: 1 of 2 units; left out: xa-b did not report)|AtRisk", "unit|year|figures|status", "xa-a|2025|1|Met", "total|2025|1|Met"],
            page.Descendants(Xhtml + "table").Where(t => (string?)t.Attribute("class") == "units").SelectMany(t => t.Descendants(Xhtml + "tr")).Select(tr => string.Join('|', tr.Elements().Select(c => c.Value))));
        Assert.Equal(["obligation|reports due|received|on time|reporting rate|on-time rate", "six-monthly|1|0|0|0%|0%", "annual|1|1|0|100%|0%"], Rows(page, "rates"));
        Assert.Equal(
        [
            "unit|report|period|on time until|status",
            "hoi-lhpn-xa|six-monthly|2025-H1|2025-06-09|missing",
            "hoi-lhpn-xa|annual|2025|2025-12-19|late by 3 day(s)",
            "hoi-lhpn-xa|six-monthly|2026-H1|2026-06-09|not yet due",
            "hoi-lhpn-xa|annual|2026|2026-12-19|not yet due",
        ], Rows(page, "deadlines"));
        Assert.Equal(["unit|year|rule|left|right", "xa-b|2025|supported-within-detected|7|6", "xa-b|2025|supported:part-within-whole|7|6"], Rows(page, "consistency"));
        Assert.Equal(["task|year|done|at least|status", "club|2025|1|2|not met", "training|2025|1|1|met"], Rows(page, "tasks"));
        Assert.Equal(["review|year|status", "mid-2025|2025|held on 2025-07-15", "inspection-2025|2025|no record that it was held", "final-2026|2026|due this year"], Rows(page, "reviews"));
        Assert.Equal(
            ["when|what|kind", "2026-01-01 – 2026-12-31|Final review, 2026|review", "2026-01-01 – 2026-12-31|Club meeting|task", "2026-01-01 – 2026-12-31|Training|task", "2026-03-08|International Women's Day|observance day"],
            Rows(page, "agenda"));
        Assert.Equal(["GBV4004: xa-a recorded a completion of task \"painting-contest\", which the plan does not have, so it is not counted"],
            page.Descendants(Xhtml + "li").Select(li => li.Value));
        Assert.Equal("Counts of people below 5 are shown as \"<5\" to protect survivors.", page.Descendants(Xhtml + "p").Last().Value);
    }

    [Fact]
    public void The_html_report_in_vietnamese()
    {
        var page = Page("vi");
        Assert.Equal(("vi", "Thử: báo cáo tình hình", "Báo cáo tình hình thực hiện tính đến ngày 01/03/2026 (giai đoạn 2025-2026)"),
            ((string?)page.Root!.Attribute("lang"), page.Descendants(Xhtml + "h1").Single().Value, page.Descendants(Xhtml + "p").First().Value));
        Assert.Equal(
        [
            "chỉ tiêu|mục tiêu|tình trạng|năm|số liệu|mức tối thiểu|còn thiếu|đạt so với mục tiêu|qua các năm",
            "Nạn nhân được hỗ trợ|trên 90% đến năm 2025|không đạt|2025|>15/20 (chưa đủ: 1/2 đơn vị; không tính: xa-b số liệu không thể đúng (phần lớn hơn tổng))|19|—|—|—",
            "Nạn nhân được hỗ trợ|trên 95% đến năm 2026|có nguy cơ không đạt|2026|>5/10 (chưa đủ: 1/2 đơn vị; không tính: xa-b chưa báo cáo)|10|—|—|—",
            "Tập huấn hằng năm|tối thiểu 1 đến năm 2025|đạt|2025|1|1|0|100%|Tập huấn hằng năm: 2025: 1 (mục tiêu tối thiểu 1 đến năm 2025)25",
        ], Rows(page, "indicators"));
        Assert.Equal(["báo cáo|số báo cáo đến hạn|đã nhận|đúng hạn|tỷ lệ báo cáo|tỷ lệ đúng hạn", "báo cáo 6 tháng|1|0|0|0%|0%", "báo cáo năm|1|1|0|100%|0%"], Rows(page, "rates"));
        Assert.Equal(
        [
            "đơn vị|báo cáo|kỳ báo cáo|đúng hạn đến hết ngày|tình trạng",
            "Hội LHPN xã|báo cáo 6 tháng|6 tháng đầu năm 2025|09/06/2025|chưa nộp",
            "Hội LHPN xã|báo cáo năm|năm 2025|19/12/2025|trễ 3 ngày",
            "Hội LHPN xã|báo cáo 6 tháng|6 tháng đầu năm 2026|09/06/2026|chưa đến hạn",
            "Hội LHPN xã|báo cáo năm|năm 2026|19/12/2026|chưa đến hạn",
        ], Rows(page, "deadlines"));
        Assert.Equal("01/01/2026 – 31/12/2026|Tổng kết năm 2026|sơ kết, tổng kết", Rows(page, "agenda").ElementAt(1));
        Assert.Equal(["Sinh hoạt câu lạc bộ|2025|1|2|không đạt", "Tập huấn|2025|1|1|đạt"], Rows(page, "tasks").Skip(1));
        Assert.Equal(["Chỉ tiêu", "Chế độ báo cáo", "Tính nhất quán của số liệu báo cáo", "Nhiệm vụ có tần suất tối thiểu", "Sơ kết, tổng kết", "90 ngày tới", "Chuyển tuyến", "Vấn đề trong dữ liệu"],
            page.Descendants(Xhtml + "h2").Select(h => h.Value));
        Assert.Equal("Số người dưới 5 được ghi là \"<5\" để bảo vệ nạn nhân.", page.Descendants(Xhtml + "p").Last().Value);
        Assert.Throws<ArgumentNullException>(() => ComplianceReportHtml.Render(null!, "vi"));
    }

    [Fact]
    public void A_value_is_shown_in_its_threshold_s_unit()
    {
        // Percent with one decimal, times with two, counts as they are; the Vietnamese decimal comma.
        Assert.Equal(("96.2%", "96,2%", "1.67 times", "1,67 lần", "12"), (
            ReportWords.Value(96.15m, ThresholdUnit.Percent, false), ReportWords.Value(96.15m, ThresholdUnit.Percent, true),
            ReportWords.Value(5m / 3m, ThresholdUnit.Times, false), ReportWords.Value(5m / 3m, ThresholdUnit.Times, true),
            ReportWords.Value(12m, ThresholdUnit.Count, false)));
    }
}
