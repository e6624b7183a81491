using System.Collections.Immutable;
using Gbv.Domain.Indicators;
using Gbv.Domain.Reporting;
using Gbv.Domain.Tasks;

namespace Gbv.Domain.Evaluation;

/// <summary>Data in memory (or any sequences): set what you have, the rest is empty.</summary>
/// <typeparam name="T">The case type.</typeparam>
public sealed record ComplianceData<T> : IComplianceData<T>
{
    /// <inheritdoc />
    public IEnumerable<T> Cases { get; init; } = [];

    /// <inheritdoc />
    public IEnumerable<ReportedValue> ReportedValues { get; init; } = [];

    /// <inheritdoc />
    public IEnumerable<Submission> Submissions { get; init; } = [];

    /// <inheritdoc />
    public IEnumerable<TaskCompletion> TaskCompletions { get; init; } = [];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, ImmutableArray<string>> ReportingUnits { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, LocalizedText> UnitNames { get; init; } = ImmutableDictionary<string, LocalizedText>.Empty;
}
