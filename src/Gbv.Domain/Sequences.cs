using System.Collections.Immutable;

namespace Gbv.Domain;

/// <summary>Element-wise equality for the immutable arrays that model records hold.</summary>
internal static class Sequences
{
    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right) =>
        left.AsSpan().SequenceEqual(right.AsSpan(), EqualityComparer<T>.Default);

    public static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
