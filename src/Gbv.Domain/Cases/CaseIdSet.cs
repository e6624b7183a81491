namespace Gbv.Domain.Cases;

/// <summary>
/// The case ids seen so far in one pass over case records, so that a case sent twice is counted once: readers refuse
/// the later record with GBV4013. Each id is kept as a 128-bit fingerprint (two independent 64-bit FNV-1a hashes) with
/// the position of the record that first had it, 36 bytes a case whatever the id's length (about 80 at the peak while
/// the table grows), so memory grows with the cases: it suits data held in memory (the scenario runner uses it); the gbv
/// tool checks files of millions of cases in fixed memory instead (docs/performance.md). Two different ids agree on both
/// hashes with a chance far below one in 10^18 even at ten million cases. Not thread-safe: one per pass.
/// </summary>
/// <remarks>
/// The id itself is never kept or shown: it may be traced to a person. An empty id is never a repeat (it is no id).
/// </remarks>
public sealed class CaseIdSet
{
    private readonly Dictionary<(ulong, ulong), long> _first = [];

    /// <summary>How many distinct ids have been added.</summary>
    public int Count => _first.Count;

    /// <summary>
    /// Adds an id seen at a position (a line, or a record's number); false when an earlier record had it, with that
    /// record's position.
    /// </summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="position">Where the record is, to name it if a later record repeats the id.</param>
    /// <param name="first">The earlier record's position when the id repeats; otherwise <paramref name="position"/>.</param>
    public bool TryAdd(string caseId, long position, out long first)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        first = position;
        if (caseId.Length == 0)
        {
            return true;
        }

        var key = Fingerprint(caseId);
        if (_first.TryGetValue(key, out var earlier))
        {
            first = earlier;
            return false;
        }

        _first[key] = position;
        return true;
    }

    private static (ulong, ulong) Fingerprint(string id)
    {
        // Stable across runs, unlike string.GetHashCode: the same file always gives the same diagnostics.
        ulong a = 14695981039346656037UL, b = 0x6c62272e07bb0142UL;
        foreach (var c in id)
        {
            // Hashing wraps around by design.
            a = unchecked((a ^ c) * 1099511628211UL);
            b = unchecked((b ^ c) * 0x9E3779B97F4A7C15UL) ^ (b >> 29);
        }

        return (a, b ^ (ulong)id.Length);
    }
}
