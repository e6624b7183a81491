using System.Collections.Immutable;
using Gbv.Domain.Definitions;
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
}
