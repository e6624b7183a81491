using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

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

    /// <summary>True when the engine compiled: <see cref="Engine"/> is not null, which is when no diagnostic is an error.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Engine))]
    public bool Success => Engine is not null;

    /// <summary>True when any diagnostic is an error (then <see cref="Engine"/> is null); warnings and information leave the result usable.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
