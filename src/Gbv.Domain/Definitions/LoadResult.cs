using System.Collections.Immutable;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Definitions;

/// <summary>What loading or validating a plan gave: the plan (null when there are errors) and every diagnostic.</summary>
public sealed class LoadResult
{
    internal LoadResult(Plan? plan, ImmutableArray<Diagnostic> diagnostics, SourceMap sourceMap)
    {
        Plan = plan;
        Diagnostics = diagnostics;
        SourceMap = sourceMap;
    }

    /// <summary>Locations in the file the plan was read from (empty for a definition built in code), for checks made later.</summary>
    public SourceMap SourceMap { get; }

    /// <summary>The validated plan, or null when any diagnostic is an error. Warnings and information leave the plan usable.</summary>
    public Plan? Plan { get; }

    /// <summary>Every diagnostic from reading and validating, in file order (by line and column) when loaded from text.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when the plan was produced: <see cref="Plan"/> is not null, which is when no diagnostic is an error.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Plan))]
    public bool Success => Plan is not null;

    /// <summary>True when any diagnostic is an error (then <see cref="Plan"/> is null); warnings and information leave the result usable.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
