using System.Collections.Immutable;

namespace Gbv.Domain.Definitions.Reading;

/// <summary>Collects diagnostics in the order they are found.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public bool HasErrors { get; private set; }

    public int Count => _items.Count;

    public void Add(DiagnosticDescriptor descriptor, SourceLocation location, params DiagnosticArgument[] arguments)
    {
        _items.Add(new Diagnostic(descriptor, location, [.. arguments.Select(a => a.En)], [.. arguments.Select(a => a.Vi)]));
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            _items.Add(d);
            HasErrors |= d.Severity == DiagnosticSeverity.Error;
        }
    }

    public ImmutableArray<Diagnostic> ToImmutable() => [.. _items];
}
