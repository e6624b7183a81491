using Gbv.Domain.Localization;

namespace Gbv.Domain.Diagnostics;

/// <summary>"Did you mean" suggestions for misspelt names and keywords.</summary>
public static class Suggestions
{
    /// <summary>
    /// A "; did you mean "x"?" suffix (in both languages) for the closest candidate, or an empty string when none is
    /// close: at most one edit in three characters of <paramref name="given"/>, and never more than three.
    /// </summary>
    /// <param name="given">The name as written.</param>
    /// <param name="candidates">The names it may have meant.</param>
    public static DiagnosticArgument DidYouMean(string given, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Distance(given.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }

        var allowed = Math.Max(1, Math.Min(3, given.Length / 3));
        return best is not null && bestDistance <= allowed ? Checks.Set.Argument("Suggestion.DidYouMean", best) : string.Empty;
    }

    /// <summary>Optimal string alignment distance: edits, with a swap of two neighbours ("nmae") counting as one.</summary>
    internal static int Distance(string a, string b)
    {
        if (a.Length > 256 || b.Length > 256)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
