using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Conditions;

/// <summary>What compiling a condition gave: the compiled condition (null when there are errors) and every diagnostic.</summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class ConditionResult<T>
{
    internal ConditionResult(CompiledCondition<T>? condition, ImmutableArray<Diagnostic> diagnostics)
    {
        Condition = condition;
        Diagnostics = diagnostics;
    }

    /// <summary>The compiled condition, or null when any diagnostic is an error.</summary>
    public CompiledCondition<T>? Condition { get; }

    /// <summary>Every diagnostic: syntax errors, or all the type errors and warnings at once.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when the condition compiled: <see cref="Condition"/> is not null, which is when no diagnostic is an error.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Condition))]
    public bool Success => Condition is not null;

    /// <summary>True when any diagnostic is an error (then <see cref="Condition"/> is null); warnings and information leave the result usable.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
