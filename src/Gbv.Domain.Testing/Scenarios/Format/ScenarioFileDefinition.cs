namespace Gbv.Domain.Scenarios.Format;

/// <summary>A scenario file: <c>&lt;plan&gt;.tests.json</c> beside a plan file.</summary>
public sealed class ScenarioFileDefinition
{
    /// <summary>The JSON Schema the file names for editors (<c>"$schema"</c>); the runner accepts it and ignores it.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>Always <c>gbv-tests/1</c>.</summary>
    public required string Format { get; init; }

    /// <summary>The plan file, relative to this file; default: this file's name without <c>.tests</c>.</summary>
    public string? Plan { get; init; }

    /// <summary>The scenarios.</summary>
    public required IReadOnlyList<ScenarioDefinition> Scenarios { get; init; }
}

/// <summary>One scenario: data, a date and what must hold.</summary>
public sealed class ScenarioDefinition
{
    /// <summary>What the scenario checks, for people.</summary>
    public required string Name { get; init; }

    /// <summary>The date evaluated (<c>yyyy-MM-dd</c>), to the end of that day in the plan's time zone.</summary>
    public required string AsOf { get; init; }

    /// <summary>Anonymised cases, for case indicators and referral counts.</summary>
    public IReadOnlyList<CaseDefinition>? Cases { get; init; }

    /// <summary>Figures units report.</summary>
    public IReadOnlyList<ReportedValueDefinition>? Reported { get; init; }

    /// <summary>Reports received.</summary>
    public IReadOnlyList<SubmissionDefinition>? Submissions { get; init; }

    /// <summary>Task (and milestone) completions.</summary>
    public IReadOnlyList<CompletionDefinition>? Completions { get; init; }

    /// <summary>The units an agency stands for.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Units { get; init; }

    /// <summary>What must hold.</summary>
    public required ExpectationsDefinition Expect { get; init; }
}

/// <summary>A reported figure.</summary>
public sealed class ReportedValueDefinition
{
    /// <summary>Unit.</summary>
    public required string Unit { get; init; }

    /// <summary>Year.</summary>
    public required int Year { get; init; }

    /// <summary>Data element key.</summary>
    public required string Element { get; init; }

    /// <summary>The figure: a count, or a decimal where the plan's data element has <c>"values": "decimal"</c>.</summary>
    public required decimal Value { get; init; }
}

/// <summary>A report received.</summary>
public sealed class SubmissionDefinition
{
    /// <summary>Obligation key.</summary>
    public required string Obligation { get; init; }

    /// <summary>Reporting unit.</summary>
    public required string Unit { get; init; }

    /// <summary>Period: <c>2020</c>, <c>2020-H1</c>, <c>2020-Q3</c>, <c>2020-07</c>.</summary>
    public required string Period { get; init; }

    /// <summary>When, with its offset: <c>2020-06-09T23:30:00+07:00</c>.</summary>
    public required string SubmittedAt { get; init; }
}

/// <summary>A completion record.</summary>
public sealed class CompletionDefinition
{
    /// <summary>Task or milestone id.</summary>
    public required string Task { get; init; }

    /// <summary>Unit.</summary>
    public required string Unit { get; init; }

    /// <summary>Day, <c>yyyy-MM-dd</c>.</summary>
    public required string Date { get; init; }
}

/// <summary>What must hold in a scenario.</summary>
public sealed class ExpectationsDefinition
{
    /// <summary>Indicator results.</summary>
    public IReadOnlyList<IndicatorExpectationDefinition>? Indicators { get; init; }

    /// <summary>Expected reports' timeliness.</summary>
    public IReadOnlyList<ReportExpectationDefinition>? Reports { get; init; }

    /// <summary>Agenda entries on a date.</summary>
    public IReadOnlyList<CalendarExpectationDefinition>? Calendar { get; init; }

    /// <summary>Where a case must be referred.</summary>
    public IReadOnlyList<ReferralExpectationDefinition>? Referrals { get; init; }

    /// <summary>Verdicts against a parent plan.</summary>
    public IReadOnlyList<ConformanceExpectationDefinition>? Conformance { get; init; }
}

/// <summary>A case and the decision expected for one service, or for one intervention (rule) at it.</summary>
public sealed class ReferralExpectationDefinition
{
    /// <summary>The case.</summary>
    public required CaseDefinition Case { get; init; }

    /// <summary>The service id.</summary>
    public required string Service { get; init; }

    /// <summary>
    /// A rule id, to check one intervention at the service (post-exposure prophylaxis, emergency contraception) with
    /// its own status, deadline and window; <c>None</c> as the status then means the rule does not act on the case.
    /// </summary>
    public string? Rule { get; init; }

    /// <summary>When the decision is made, with its offset; default: the case's <c>reportedAt</c>.</summary>
    public string? AsOf { get; init; }

    /// <summary>Whether the deadline had passed at the time of the decision, when it is expected one way or the other.</summary>
    public bool? WindowPassed { get; init; }

    /// <summary><c>routine</c>, <c>urgent</c> or <c>emergency</c>, when an urgency is expected (of the service decision).</summary>
    public string? Urgency { get; init; }

    /// <summary><c>Refer</c>, <c>ReferWithoutConsent</c>, <c>ConsentRequired</c>, <c>NeedsInformation</c>, or <c>None</c> when no rule sends the case there.</summary>
    public required string Status { get; init; }

    /// <summary>The deadline, <c>2024-05-02T01:00:00Z</c>, when one is expected.</summary>
    public string? Deadline { get; init; }
}

/// <summary>An anonymised case, with the standard field names.</summary>
public sealed class CaseDefinition
{
    /// <summary>An opaque case id; two cases of a scenario with one id are refused (GBV4013), never counted twice.</summary>
    public string? Id { get; init; }

    /// <summary>Age in whole years.</summary>
    public int? Age { get; init; }

    /// <summary><c>female</c>, <c>male</c>, <c>other</c>.</summary>
    public string? Sex { get; init; }

    /// <summary>Forms of violence: <c>physical</c>, <c>psychological</c>, <c>sexual</c>, <c>economic</c>.</summary>
    public IReadOnlyList<string>? Violence { get; init; }

    /// <summary>A GBVIMS incident type.</summary>
    public string? IncidentType { get; init; }

    /// <summary>A victim of trafficking.</summary>
    public bool? Trafficking { get; init; }

    /// <summary>Domestic violence.</summary>
    public bool? Domestic { get; init; }

    /// <summary><c>low</c>, <c>medium</c>, <c>high</c>, <c>life-threatening</c>.</summary>
    public string? Risk { get; init; }

    /// <summary>Consent to referral recorded.</summary>
    public bool? Consent { get; init; }

    /// <summary>When it happened, with its offset.</summary>
    public string? IncidentAt { get; init; }

    /// <summary>When it was reported, with its offset; decisions are made as of this moment.</summary>
    public string? ReportedAt { get; init; }

    /// <summary>The unit.</summary>
    public string? Unit { get; init; }
}

/// <summary>The verdict expected for an indicator linked to a parent plan's.</summary>
public sealed class ConformanceExpectationDefinition
{
    /// <summary>The parent plan file, relative to the scenario file.</summary>
    public required string Parent { get; init; }

    /// <summary>The child indicator's key.</summary>
    public required string Indicator { get; init; }

    /// <summary><c>Conforms</c>, <c>Looser</c>, <c>NotComparable</c>.</summary>
    public required string Verdict { get; init; }
}

/// <summary>An indicator's result for one target; every property given must match.</summary>
public sealed class IndicatorExpectationDefinition
{
    /// <summary>Indicator key.</summary>
    public required string Key { get; init; }

    /// <summary>The target's horizon year; needed when the indicator has more than one target.</summary>
    public int? Horizon { get; init; }

    /// <summary><c>Met</c>, <c>NotMet</c>, <c>OnTrack</c>, <c>AtRisk</c>, <c>NotDue</c>, <c>NoData</c>, <c>NotApplicable</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The value, to the decimal places it is written with, one at least (89.2 for 33 of 37; 1.72 for 4.3 to 2.5 hours).</summary>
    public decimal? Value { get; init; }

    /// <summary>The least count that meets the target.</summary>
    public long? MinimumCount { get; init; }

    /// <summary>How many more (fewer) are needed.</summary>
    public long? Shortfall { get; init; }

    /// <summary>The figure at which the target turns, exact (4.25 for "at most 1.7 times" 2.5 hours; 33.3 for "more than 90%" of 37).</summary>
    public decimal? Limit { get; init; }
}

/// <summary>An expected report's timeliness.</summary>
public sealed class ReportExpectationDefinition
{
    /// <summary>Obligation key.</summary>
    public required string Obligation { get; init; }

    /// <summary>Unit.</summary>
    public required string Unit { get; init; }

    /// <summary>Period.</summary>
    public required string Period { get; init; }

    /// <summary><c>OnTime</c>, <c>Late</c>, <c>Missing</c>, <c>NotYetDue</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Days late, for a late report.</summary>
    public int? DaysLate { get; init; }
}

/// <summary>An agenda entry that must be on a date.</summary>
public sealed class CalendarExpectationDefinition
{
    /// <summary>A day, <c>yyyy-MM-dd</c>.</summary>
    public required string Date { get; init; }

    /// <summary><c>ReportDue</c>, <c>DataCutOff</c>, <c>Milestone</c>, <c>Campaign</c>, <c>ObservanceDay</c>, <c>Task</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The part's key.</summary>
    public required string Key { get; init; }
}
