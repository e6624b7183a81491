using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Conditions;

/// <summary>What parsing a condition gave: the syntax tree (null on a syntax error) and the diagnostics.</summary>
public sealed class ConditionParseResult
{
    internal ConditionParseResult(ConditionSyntax? syntax, ImmutableArray<Diagnostic> diagnostics)
    {
        Syntax = syntax;
        Diagnostics = diagnostics;
    }

    /// <summary>The syntax tree, or null.</summary>
    public ConditionSyntax? Syntax { get; }

    /// <summary>The syntax error, if any.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when the condition parsed: <see cref="Syntax"/> is not null, which is when no diagnostic is an error.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Syntax))]
    public bool Success => Syntax is not null;

    /// <summary>True when any diagnostic is an error (then <see cref="Syntax"/> is null); warnings and information leave the result usable.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
