using System.Collections.Immutable;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Indicators;

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
}
