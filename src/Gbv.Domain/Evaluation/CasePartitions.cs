using System.Collections;
using System.Collections.Immutable;

namespace Gbv.Domain.Evaluation;

/// <summary>
/// Cases in parts that can be read at the same time: a file split at line boundaries, the partitions of a table, the
/// exports of several districts. Given as <see cref="IComplianceData{T}.Cases"/>, each part is counted on its own
/// thread (up to <see cref="MaxDegreeOfParallelism"/> at once) and the counts are merged: counts by unit and year and
/// the referral summary form a monoid, so the report is the one the parts read one after the other would give, case
/// numbers in diagnostics included. Enumerated as a sequence, the parts come one after the other.
/// </summary>
/// <typeparam name="T">The case type.</typeparam>
/// <remarks>
/// Each part is enumerated once, on one thread; parts must not share mutable state unless it is thread-safe. When a
/// part throws, the parts before it are still read to the end and the exception of the first part (in order) that
/// failed is thrown as it is, not wrapped.
/// </remarks>
public sealed class CasePartitions<T> : IEnumerable<T>
{
    /// <summary>The parts, in order.</summary>
    /// <param name="parts">The parts; none may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or one of them is null.</exception>
    public CasePartitions(IEnumerable<IEnumerable<T>> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Parts = [.. parts];
        if (Parts.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(parts), "A part is null.");
        }
    }

    /// <summary>The parts, in order.</summary>
    public ImmutableArray<IEnumerable<T>> Parts { get; }

    /// <summary>How many parts are read at once, 1 or more; by default one per processor.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one part is read at a time.");
    } = Environment.ProcessorCount;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => Parts.SelectMany(p => p).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
