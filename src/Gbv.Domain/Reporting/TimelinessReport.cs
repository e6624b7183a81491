using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Reporting;

/// <summary>What checking submissions against a plan's schedule gave.</summary>
/// <param name="Reports">Every expected report, by deadline, obligation, period and unit.</param>
/// <param name="Rates">Reporting rates per obligation (unit null) and per obligation and unit.</param>
/// <param name="Unscheduled">Submissions to obligations with no deadline (on request, or a day the plan does not state), received and not judged.</param>
/// <param name="Problems">Duplicate, out-of-period, unknown-obligation and unknown-unit submissions, none of them counted.</param>
public sealed record TimelinessReport(
    ImmutableArray<ExpectedReport> Reports,
    ImmutableArray<ReportingRate> Rates,
    ImmutableArray<Submission> Unscheduled,
    ImmutableArray<Diagnostic> Problems)
{
    /// <summary>Equal when every list is, element by element.</summary>
    public bool Equals(TimelinessReport? other) =>
        other is not null && Sequences.Equal(Reports, other.Reports) && Sequences.Equal(Rates, other.Rates)
        && Sequences.Equal(Unscheduled, other.Unscheduled) && Sequences.Equal(Problems, other.Problems);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sequences.Hash(Reports), Sequences.Hash(Rates), Sequences.Hash(Unscheduled), Sequences.Hash(Problems));
}
