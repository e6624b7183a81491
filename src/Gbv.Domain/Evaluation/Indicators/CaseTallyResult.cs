using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>What compiling a case tally gave: the tally (null when there are errors) and every diagnostic.</summary>
/// <typeparam name="T">The case type.</typeparam>
public sealed class CaseTallyResult<T>
{
    internal CaseTallyResult(CaseTally<T>? tally, ImmutableArray<Diagnostic> diagnostics)
    {
        Tally = tally;
        Diagnostics = diagnostics;
    }

    /// <summary>The tally, or null.</summary>
    public CaseTally<T>? Tally { get; }

    /// <summary>Problems in the conditions or element names, each naming its indicator or element.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when the tally compiled: <see cref="Tally"/> is not null, which is when no diagnostic is an error.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Tally))]
    public bool Success => Tally is not null;

    /// <summary>True when any diagnostic is an error (then <see cref="Tally"/> is null); warnings and information leave the result usable.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
