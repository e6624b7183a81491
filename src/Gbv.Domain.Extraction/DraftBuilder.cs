using Gbv.Domain.Extraction.Localization;
using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Indicators;

namespace Gbv.Domain.Extraction;

/// <summary>
/// Turns extracted elements into a draft plan definition in the normal format, valid for the validator. What the text
/// does not say is not invented: the issuing body is the one agency, reporters and recipients are agencies named as
/// written, each target is an indicator whose data elements the author names (one per target, "target_1", ...), and
/// each "at least once a year" target is a task to be assigned.
/// </summary>
internal static partial class DraftBuilder
{
    public static PlanDefinition Build(ImmutableArray<ExtractedElement> elements, string source, string? cutShort = null)
    {
        var document = elements.OfType<ExtractedDocument>().FirstOrDefault();
        var period = elements.OfType<ExtractedPeriod>().FirstOrDefault();
        // Without a period (no title year, no date of issue) the draft is open-ended from 2000, or from the first year
        // the text names if that is earlier, so that every target and milestone falls inside it.
        var named = elements.OfType<ExtractedTarget>().Select(t => t.By ?? t.From ?? 2000).Concat(elements.OfType<ExtractedReview>().Select(r => r.Year));
        var year = period?.From ?? document?.IssuedYear ?? named.Append(2000).Min();
        var agencies = new AgencyList();
        var issuer = agencies.Add(document?.Issuer ?? Vi("Draft.NoIssuer"), "issuer", document?.Level);
        var summary = document?.Form == "summary";

        var extractedTasks = elements.OfType<ExtractedTask>().ToList();
        var dataElements = new List<DataElementDefinition>();
        var indicators = new List<IndicatorDefinition>();
        var tasks = new List<TaskDefinition>();
        string? parent = null;
        var bySubject = new Dictionary<string, (string Key, List<TargetDefinition> Targets)>(StringComparer.Ordinal);
        var order = new List<(string Key, ExtractedTarget First, string? OfWhich)>();
        foreach (var target in elements.OfType<ExtractedTarget>())
        {
            var subject = target.Subject.Length > 0 ? target.Subject : target.Phrase;
            var definition = new TargetDefinition
            {
                // A phrase read as another threshold (see TargetRules) would disagree with it: the line keeps the words.
                By = target.By, From = target.From, Phrase = SaysThreshold(target) ? target.Phrase : null,
                Threshold = new ThresholdDefinition
                {
                    Comparison = Keyword(target.Threshold.Comparison),
                    Value = target.Threshold.Comparison == Comparison.All && target.Threshold.Unit == ThresholdUnit.Percent ? null : target.Threshold.Value,
                    Unit = target.Threshold.Unit == ThresholdUnit.Percent ? null : target.Threshold.Unit == ThresholdUnit.Count ? "count" : "times",
                },
            };
            if (bySubject.TryGetValue(subject, out var existing) && existing.Targets.TrueForAll(t => t.By != target.By || t.From != target.From))
            {
                existing.Targets.Add(definition);
                continue;
            }

            var key = $"target-{order.Count + 1}";
            bySubject[subject] = (key, [definition]);
            var ofWhich = target.OfWhich ? parent : null;
            order.Add((key, target, ofWhich));
            if (!target.OfWhich)
            {
                // Only a reported ratio lends its numerator as a denominator (GBV2216): an "of which" after a count,
                // a coverage or a recurring target stands alone with its own denominator.
                parent = target.From is null && target.Threshold.Unit == ThresholdUnit.Percent ? key : null;
            }
        }

        foreach (var (key, first, ofWhich) in order)
        {
            var subject = first.Subject.Length > 0 ? first.Subject : first.Phrase;
            var element = key.Replace('-', '_');
            MetricDefinition metric;
            if (first.From is not null)
            {
                // The activity counted is the task read from the same line, when there is one; else one of its own.
                var at = extractedTasks.FindIndex(t => t.Span.Line == first.Span.Line);
                var task = at >= 0 ? TaskId(at) : $"{key}-activity";
                if (at < 0)
                {
                    tasks.Add(new TaskDefinition { Id = task, Title = new() { Vi = Clip(subject) }, Lead = issuer, Recurrence = "annual", Source = Source(first.Span) });
                }

                metric = new MetricDefinition { Events = new EventMetricDefinition { Task = task, Per = "year" } };
            }
            else if (first.Threshold.Unit == ThresholdUnit.Count)
            {
                dataElements.Add(new DataElementDefinition { Key = element, Name = new() { Vi = Clip(subject) } });
                metric = new MetricDefinition { Coverage = new CoverageMetricDefinition { Level = LevelOfUnits(first.Phrase), Covered = element, Total = (int)first.Threshold.Value } };
            }
            else
            {
                dataElements.Add(new DataElementDefinition { Key = element, Name = new() { Vi = Clip(subject) } });
                var denominator = ofWhich is null ? element + "_total" : null;
                if (denominator is not null)
                {
                    dataElements.Add(new DataElementDefinition { Key = denominator, Name = new() { Vi = ExtractionWords.Format("Draft.Denominator", true, Clip(subject)) } });
                }

                metric = new MetricDefinition { Reported = new RatioMetricDefinition { Numerator = element, Denominator = denominator } };
            }

            indicators.Add(new IndicatorDefinition
            {
                Key = key, Title = new() { Vi = Clip(Title(first, subject)) }, Source = Source(first.Span), Metric = metric,
                OfWhich = ofWhich, Targets = bySubject[subject].Targets,
            });
        }

        foreach (var (task, at) in extractedTasks.Select((t, i) => (t, i)))
        {
            tasks.Add(new TaskDefinition
            {
                Id = TaskId(at), Section = task.Section, Title = new() { Vi = Clip(task.Title) }, Recurrence = task.Recurrence,
                Lead = task.Lead is { } lead ? agencies.Add(lead, null) : null,
                Coordinators = task.Coordinators.IsEmpty ? null : [.. task.Coordinators.Select(c => agencies.Add(c, null)).Distinct(StringComparer.Ordinal)],
                Source = Source(task.Span),
            });
        }

        var reporting = new List<ObligationDefinition>();
        foreach (var deadline in elements.OfType<ExtractedDeadline>())
        {
            var reporters = agencies.Add(deadline.Reporter ?? Vi("Draft.NoReporters"), deadline.Reporter is null ? "reporters" : null);
            var recipient = deadline.Recipient is { } to ? agencies.Add(to, null) : issuer;
            reporting.Add(new ObligationDefinition
            {
                Key = $"report-{reporting.Count + 1}", Frequency = deadline.Frequency == "unstated" ? "unspecified" : deadline.Frequency,
                Due = new DueDefinition { Rule = deadline.Rule, Date = deadline.Date }, Reporters = [reporters], Recipient = recipient,
                Via = deadline.Via is { } via ? agencies.Add(via, null) : null, Source = Source(deadline.Span),
            });
        }

        return new PlanDefinition
        {
            Format = "gbv-plan/1",
            Id = "draft-" + Slug(document?.Number ?? "plan") + "-" + year.ToString(CultureInfo.InvariantCulture),
            Title = new() { Vi = document?.Title ?? Vi("Draft.NoTitle") },
            Document = new DocumentDefinition
            {
                Kind = DocumentKindOf(document), Number = document?.Number, Issued = document?.Issued?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                Place = document?.Place, Issuer = issuer,
                // A summary that does not give a fact does not mean the document has none: it is unknown.
                Unknown = summary ? UnknownOf(document!) : null,
            },
            SourceKind = summary ? "summary" : null,
            // No default level: a plan whose level the text does not give says so (and the review marks it).
            Level = document?.Level ?? "unstated",
            Period = new PeriodDefinition { From = period?.From ?? year, To = period?.To, Vision = period?.Vision },
            References = [.. elements.OfType<ExtractedReference>().Select((r, i) => new ReferenceDefinition
            {
                Id = $"ref-{i + 1}-{Slug(r.Number)}", Relation = r.Relation, Kind = Keywords<Gbv.Domain.Plans.DocumentKind>.TryParse(r.DocumentKind, out _) ? r.DocumentKind : "other", Number = r.Number,
                Date = r.Date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), Issuer = r.Issuer, Source = Source(r.Span),
            })],
            DataElements = dataElements.Count == 0 ? null : dataElements,
            Agencies = agencies.Definitions,
            Tasks = tasks.Count == 0 ? null : tasks,
            Indicators = indicators.Count == 0 ? null : indicators,
            Reporting = reporting.Count == 0 ? null : reporting,
            Campaigns = Nullable([.. elements.OfType<ExtractedCampaign>().Select(c => new CampaignDefinition
            {
                Id = KnownDays.CampaignOf(c.Name)?.Id ?? Slug(c.Name), Name = new() { Vi = c.Name }, From = c.From, To = c.To, Month = c.Month,
                DatesStated = c.DatesStated ? null : false, Source = Source(c.Span),
            })]),
            ObservanceDays = Nullable([.. elements.OfType<ExtractedDay>().Select(d => new ObservanceDayDefinition
            {
                Id = d.Id, Name = new() { Vi = d.Name }, Date = d.Date, DateStated = d.DateStated ? null : false, Source = Source(d.Span),
            })]),
            Milestones = Nullable([.. elements.OfType<ExtractedReview>().Where(r => period is null || period.Covers(r.Year)).Select(r => new MilestoneDefinition
            {
                Id = $"{r.ReviewKind}-{r.Year.ToString(CultureInfo.InvariantCulture)}", Kind = r.ReviewKind, Year = r.Year, Source = Source(r.Span),
            })]),
            Services = Nullable([.. elements.OfType<ExtractedService>().Select((s, i) => new ServiceDefinition
            {
                Id = $"service-{i + 1}", Kind = "hotline", Name = new() { Vi = s.Purpose.Length > 0 ? Clip(s.Purpose) : s.Phone }, Phone = s.Phone, Source = Source(s.Span),
            })]),
            Notes = [.. Notes(document, source, cutShort)],
        };
    }

    // The draft is a Vietnamese plan file: its placeholders and notes are the Vietnamese words.
    private static string Vi(string key) => ExtractionWords.Get(key, vi: true);

    private static IEnumerable<string> Notes(ExtractedDocument? document, string source, string? cutShort)
    {
        yield return ExtractionWords.Format("Draft.Note", true, Path.GetFileName(source));
        if (document?.Form == "decision")
        {
            yield return Vi("Draft.Decision");
        }
        else if (document?.Form == "summary")
        {
            yield return Vi("Draft.Summary");
        }

        if (document?.Level is null)
        {
            yield return Vi("Draft.NoLevel");
        }

        if (cutShort is not null)
        {
            yield return ExtractionWords.Format("Draft.CutShort", true, cutShort);
        }
    }

    /// <summary>
    /// The draft's document kind: a decision, or a plan; for a summary the kind its number shows ("925/KH-UBND" is a
    /// plan, ".../QĐ-..." a decision, ".../CT-..." a directive), otherwise none (then <c>unknown</c> says so), never <c>other</c>.
    /// </summary>
    private static string? DocumentKindOf(ExtractedDocument? document) => document?.Form switch
    {
        "decision" => "decision",
        "summary" => document.Number switch
        {
            { } n when n.Contains("/KH", StringComparison.Ordinal) => "plan",
            { } n when n.Contains("/QĐ", StringComparison.Ordinal) => "decision",
            { } n when n.Contains("/CT", StringComparison.Ordinal) => "directive",
            _ => null,
        },
        "letter" => "other",
        _ => "plan",
    };

    private static List<string>? UnknownOf(ExtractedDocument document)
    {
        var unknown = new List<string>(3);
        if (DocumentKindOf(document) is null)
        {
            unknown.Add("kind");
        }

        if (document.Number is null)
        {
            unknown.Add("number");
        }

        if (document.Issued is null && document.IssuedYear is null)
        {
            unknown.Add("date");
        }

        return unknown.Count == 0 ? null : unknown;
    }
}
