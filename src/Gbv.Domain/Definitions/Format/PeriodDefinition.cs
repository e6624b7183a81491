namespace Gbv.Domain.Definitions.Format;

/// <summary>The years a plan covers.</summary>
public sealed class PeriodDefinition
{
    /// <summary>First year; absent only when <c>unknown</c> lists <c>from</c> ("đến năm 2025" alone).</summary>
    public int? From { get; init; }

    /// <summary>Last year (inclusive); absent for an open-ended plan.</summary>
    public int? To { get; init; }

    /// <summary>Vision year.</summary>
    public int? Vision { get; init; }

    /// <summary>What the source does not give: <c>from</c>.</summary>
    public IReadOnlyList<string>? Unknown { get; init; }
}
