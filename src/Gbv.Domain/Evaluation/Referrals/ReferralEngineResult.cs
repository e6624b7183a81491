using System.Collections.Immutable;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Referrals;

namespace Gbv.Domain.Evaluation.Referrals;

/// <summary>What compiling a rule set gave: the engine (null when there are errors) and every diagnostic.</summary>
/// <typeparam name="T">The case type.</typeparam>
public sealed class ReferralEngineResult<T>
{
    internal ReferralEngineResult(ReferralEngine<T>? engine, ImmutableArray<Diagnostic> diagnostics)
    {
        Engine = engine;
        Diagnostics = diagnostics;
    }

    /// <summary>The engine, or null.</summary>
    public ReferralEngine<T>? Engine { get; }

    /// <summary>Problems in the rules' conditions or references, each naming its rule.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
