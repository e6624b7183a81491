using System.Collections.Immutable;

namespace Gbv.Domain.Diagnostics;

/// <summary>Collects diagnostics in the order they are found.</summary>
/// <remarks>
/// With a limit, the diagnostics after it are counted but not kept: one GBV1126 says how many were left out, so a file
/// of millions of problems costs no more memory than a file of a thousand.
/// </remarks>
internal sealed class DiagnosticBag(int limit = int.MaxValue)
{
    private readonly List<Diagnostic> _items = [];
    private int _dropped;

    public bool HasErrors { get; private set; }

    public int Count => _items.Count;

    /// <summary>Whether the limit is reached, so that a caller can skip the work of locating what would be dropped.</summary>
    public bool Full => _items.Count >= limit;

    public void Add(DiagnosticDescriptor descriptor, SourceLocation location, params DiagnosticArgument[] arguments)
    {
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
        if (Full)
        {
            _dropped++;
            return;
        }

        _items.Add(new Diagnostic(descriptor, location, [.. arguments.Select(a => a.En)], [.. arguments.Select(a => a.Vi)]));
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            _items.Add(d);
            HasErrors |= d.Severity == DiagnosticSeverity.Error;
        }
    }

    public ImmutableArray<Diagnostic> ToImmutable() => _dropped == 0
        ? [.. _items]
        : [.. _items, Diagnostic.Create(CommonDiagnostics.TooManyProblems, new SourceLocation(_items[^1].Location.File, string.Empty, 0, 0),
            limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), _dropped.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))];
}
