using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Conditions;

/// <summary>
/// The condition language: small, typed and safe, for plan authors. <c>age &lt; 16 and violence has sexual and
/// hoursSinceIncident &lt;= 72</c>. Nothing in a condition can run code: there are no method calls, member access,
/// indexers or type names, only fields from a <see cref="FieldMap{T}"/> compared with values. See docs/conditions.md.
/// </summary>
/// <example>
/// <code>
/// var result = Condition.Compile("age &lt; 16 and violence has sexual", CaseFields.Map);
/// if (result.Condition is { } child)
///     Console.WriteLine(child.Evaluate(record));   // or query.Where(child.Expression)
/// </code>
/// </example>
public static class Condition
{
    /// <summary>Parses a condition without binding it to fields. Never throws.</summary>
    public static ConditionParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = new ConditionSource(text, null);
        var syntax = ConditionParser.Parse(source);
        return new ConditionParseResult(syntax, source.Bag.ToImmutable());
    }

    /// <summary>Parses, type-checks against the field map and compiles a condition. Never throws for bad text.</summary>
    public static ConditionResult<T> Compile<T>(string text, FieldMap<T> fields) => Compile(text, fields, null);

    /// <summary>As <see cref="Compile{T}(string, FieldMap{T})"/>, locating diagnostics inside a plan file.</summary>
    internal static ConditionResult<T> Compile<T>(string text, FieldMap<T> fields, SourceLocation? host)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fields);
        var source = new ConditionSource(text, host);
        var syntax = ConditionParser.Parse(source);
        if (syntax is null)
        {
            return new ConditionResult<T>(null, source.Bag.ToImmutable());
        }

        var bound = new ConditionBinder<T>(fields, source).Bind(syntax);
        if (bound is not null)
        {
            ContradictionCheck.Report(bound, source);
            if (source.Bag.Count == 0)
            {
                ConstantCheck.Report(bound, source, text);
            }
        }

        var diagnostics = source.Bag.ToImmutable();
        return bound is null || source.Bag.HasErrors
            ? new ConditionResult<T>(null, diagnostics)
            : new ConditionResult<T>(new CompiledCondition<T>(text, syntax, bound, diagnostics), diagnostics);
    }
}
