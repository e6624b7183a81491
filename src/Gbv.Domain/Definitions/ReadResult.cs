using System.Collections.Immutable;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions;

/// <summary>What reading a plan file gave: the definition (null when the file has errors), every diagnostic, and the source map.</summary>
public sealed class ReadResult
{
    internal ReadResult(PlanDefinition? definition, ImmutableArray<Diagnostic> diagnostics, SourceMap sourceMap)
    {
        Definition = definition;
        Diagnostics = diagnostics;
        SourceMap = sourceMap;
    }

    /// <summary>The definition, or null when the file could not be read as a whole. Never a partial definition.</summary>
    public PlanDefinition? Definition { get; }

    /// <summary>Every problem found, in file order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Locations of the file's JSON pointers, for the validator's diagnostics.</summary>
    public SourceMap SourceMap { get; }

    /// <summary>True when the definition was read: <see cref="Definition"/> is not null, which is when no diagnostic is an error.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Definition))]
    public bool Success => Definition is not null;

    /// <summary>True when any diagnostic is an error (then <see cref="Definition"/> is null); warnings and information leave the result usable.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
