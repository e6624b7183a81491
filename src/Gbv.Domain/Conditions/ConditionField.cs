using System.Collections.Immutable;
using System.Linq.Expressions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Conditions;

/// <summary>
/// A field a condition can name: its name, type, whether it can be missing, the values of an enumeration, an
/// optional range (for "always false" checks such as <c>age &lt; 0</c>) and how to read it from a record.
/// </summary>
public sealed class ConditionField
{
    internal ConditionField(
        string name, ConditionType type, bool canBeMissing, LambdaExpression accessor, Type valueType,
        ImmutableArray<(string Name, long Value)> values, decimal? minimum, decimal? maximum, Func<Delegate> read)
    {
        Name = name;
        Type = type;
        CanBeMissing = canBeMissing;
        Accessor = accessor;
        ValueType = valueType;
        Values = values;
        Minimum = minimum;
        Maximum = maximum;
        _read = new Lazy<Delegate>(read);
    }

    /// <summary>The name used in conditions.</summary>
    public string Name { get; }

    /// <summary>The field's type.</summary>
    public ConditionType Type { get; }

    /// <summary>Whether the field can be missing (a nullable value or a reference).</summary>
    public bool CanBeMissing { get; }

    /// <summary>The least value the field can have, or null.</summary>
    public decimal? Minimum { get; }

    /// <summary>The greatest value the field can have, or null.</summary>
    public decimal? Maximum { get; }

    /// <summary>The names an enumeration or set field accepts, in declaration order (kebab case).</summary>
    public IEnumerable<string> ValueNames => Values.Select(v => v.Name);

    internal LambdaExpression Accessor { get; }

    /// <summary>The CLR type of the value, without <see cref="Nullable{T}"/>.</summary>
    internal Type ValueType { get; }

    internal ImmutableArray<(string Name, long Value)> Values { get; }

    private readonly Lazy<Delegate> _read;

    /// <summary>
    /// A <c>Func&lt;T, object?&gt;</c> reading the field's value (boxed) from a record, for explanations and the
    /// interpreter; compiled on first use, so that building a map costs nothing until something is explained.
    /// </summary>
    internal Delegate Read => _read.Value;

    /// <summary>The name of a value, by its number, for explanations.</summary>
    internal string? NameOf(long value)
    {
        foreach (var (name, number) in Values)
        {
            if (number == value)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>A value by name, ignoring case, '-' and '_' ("life-threatening", "LifeThreatening").</summary>
    internal bool TryValue(string name, out long value)
    {
        var wanted = Normalize(name);
        foreach (var (candidate, number) in Values)
        {
            if (Normalize(candidate) == wanted)
            {
                value = number;
                return true;
            }
        }

        value = 0;
        return false;
    }

    private static string Normalize(string name) => name.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>"a whole number", "one of sex", "a set of violence", in both languages.</summary>
    internal DiagnosticArgument Describe() => Type switch
    {
        ConditionType.WholeNumber => Nouns.Set.Argument("Kind.WholeNumber"),
        ConditionType.Decimal => Nouns.Set.Argument("Kind.Number"),
        ConditionType.Boolean => Nouns.Set.Argument("Kind.Boolean"),
        ConditionType.Text => Nouns.Set.Argument("Kind.Text"),
        ConditionType.Enumeration => Nouns.Set.Argument("Kind.OneOf", string.Join(", ", ValueNames)),
        ConditionType.Set => Nouns.Set.Argument("Kind.SetOf", string.Join(", ", ValueNames)),
        ConditionType.Instant => Nouns.Set.Argument("Kind.Instant"),
        ConditionType.Date => Nouns.Set.Argument("Kind.Date"),
        _ => Nouns.Set.Argument("Kind.Duration"),
    };
}
