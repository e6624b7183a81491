using System.Collections.Immutable;
using System.Linq.Expressions;
using NodaTime;

namespace Gbv.Domain.Conditions;

/// <summary>
/// Binds the names a condition may use to members of a record type <typeparamref name="T"/>, with their types.
/// Immutable: each <c>Add...</c> returns a new map. Accessors are lambdas (<c>c =&gt; c.Age</c>), so no member is
/// found by name at run time and the compiled expressions translate to SQL where the members are mapped.
/// </summary>
/// <example>
/// <code>
/// var fields = FieldMap&lt;Survivor&gt;.Empty
///     .AddNumber("age", s =&gt; s.AgeYears, minimum: 0, maximum: 150)
///     .AddSet("violence", s =&gt; s.ViolenceFlags)
///     .AddText("unit", s =&gt; s.CommuneCode);
/// </code>
/// </example>
/// <typeparam name="T">The record type conditions are evaluated on.</typeparam>
public sealed class FieldMap<T>
{
    private readonly ImmutableDictionary<string, ConditionField> _fields;

    private FieldMap(ImmutableDictionary<string, ConditionField> fields) => _fields = fields;

    /// <summary>A map with no fields.</summary>
    public static FieldMap<T> Empty { get; } = new(ImmutableDictionary.Create<string, ConditionField>(StringComparer.Ordinal));

    /// <summary>The fields, by name.</summary>
    public IEnumerable<ConditionField> Fields => _fields.Values.OrderBy(f => f.Name, StringComparer.Ordinal);

    /// <summary>The field with a name, or null.</summary>
    public ConditionField? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _fields.GetValueOrDefault(name);
    }

    /// <summary>Adds a whole-number field.</summary>
    public FieldMap<T> AddNumber(string name, Expression<Func<T, int>> accessor) =>
        With(name, ConditionType.WholeNumber, false, accessor, typeof(int));

    /// <summary>Adds a whole-number field whose values lie in a range, so that tests outside it are reported as never true.</summary>
    public FieldMap<T> AddNumber(string name, Expression<Func<T, int>> accessor, decimal? minimum, decimal? maximum) =>
        With(name, ConditionType.WholeNumber, false, accessor, typeof(int), minimum, maximum);

    /// <summary>Adds a whole-number field that can be missing.</summary>
    public FieldMap<T> AddNumber(string name, Expression<Func<T, int?>> accessor) =>
        With(name, ConditionType.WholeNumber, true, accessor, typeof(int));

    /// <summary>Adds a whole-number field that can be missing whose values lie in a range, so that tests outside it are reported as never true.</summary>
    public FieldMap<T> AddNumber(string name, Expression<Func<T, int?>> accessor, decimal? minimum, decimal? maximum) =>
        With(name, ConditionType.WholeNumber, true, accessor, typeof(int), minimum, maximum);

    /// <summary>Adds a decimal field.</summary>
    public FieldMap<T> AddNumber(string name, Expression<Func<T, decimal>> accessor) =>
        With(name, ConditionType.Decimal, false, accessor, typeof(decimal));

    /// <summary>Adds a decimal field whose values lie in a range, so that tests outside it are reported as never true.</summary>
    public FieldMap<T> AddNumber(string name, Expression<Func<T, decimal>> accessor, decimal? minimum, decimal? maximum) =>
        With(name, ConditionType.Decimal, false, accessor, typeof(decimal), minimum, maximum);

    /// <summary>Adds a decimal field that can be missing.</summary>
    public FieldMap<T> AddNumber(string name, Expression<Func<T, decimal?>> accessor) =>
        With(name, ConditionType.Decimal, true, accessor, typeof(decimal));

    /// <summary>Adds a decimal field that can be missing whose values lie in a range, so that tests outside it are reported as never true.</summary>
    public FieldMap<T> AddNumber(string name, Expression<Func<T, decimal?>> accessor, decimal? minimum, decimal? maximum) =>
        With(name, ConditionType.Decimal, true, accessor, typeof(decimal), minimum, maximum);

    /// <summary>Adds a true/false field.</summary>
    public FieldMap<T> AddBoolean(string name, Expression<Func<T, bool>> accessor) => With(name, ConditionType.Boolean, false, accessor, typeof(bool));

    /// <summary>Adds a true/false field that can be missing.</summary>
    public FieldMap<T> AddBoolean(string name, Expression<Func<T, bool?>> accessor) => With(name, ConditionType.Boolean, true, accessor, typeof(bool));

    /// <summary>Adds a text field (null is missing). Comparison is exact (ordinal).</summary>
    public FieldMap<T> AddText(string name, Expression<Func<T, string?>> accessor) => With(name, ConditionType.Text, true, accessor, typeof(string));

    /// <summary>Adds a field holding one value of an enumeration; conditions name values in kebab case (<c>LifeThreatening</c> is <c>life-threatening</c>).</summary>
    public FieldMap<T> AddEnum<TEnum>(string name, Expression<Func<T, TEnum>> accessor)
        where TEnum : struct, Enum => With(name, ConditionType.Enumeration, false, accessor, typeof(TEnum), values: ValuesOf<TEnum>(flags: false));

    /// <summary>Adds a field holding one value of an enumeration, or missing.</summary>
    public FieldMap<T> AddEnum<TEnum>(string name, Expression<Func<T, TEnum?>> accessor)
        where TEnum : struct, Enum => With(name, ConditionType.Enumeration, true, accessor, typeof(TEnum), values: ValuesOf<TEnum>(flags: false));

    /// <summary>Adds a set field: a flags enumeration tested with <c>has</c>. The zero value means the empty set and cannot be named.</summary>
    public FieldMap<T> AddSet<TEnum>(string name, Expression<Func<T, TEnum>> accessor)
        where TEnum : struct, Enum => With(name, ConditionType.Set, false, accessor, typeof(TEnum), values: ValuesOf<TEnum>(flags: true));

    /// <summary>Adds a point-in-time field.</summary>
    public FieldMap<T> AddInstant(string name, Expression<Func<T, Instant?>> accessor) => With(name, ConditionType.Instant, true, accessor, typeof(Instant));

    /// <summary>Adds a date field.</summary>
    public FieldMap<T> AddDate(string name, Expression<Func<T, LocalDate?>> accessor) => With(name, ConditionType.Date, true, accessor, typeof(LocalDate));

    /// <summary>Adds a duration field.</summary>
    public FieldMap<T> AddDuration(string name, Expression<Func<T, Duration?>> accessor) => With(name, ConditionType.Duration, true, accessor, typeof(Duration));

    private FieldMap<T> With(
        string name, ConditionType type, bool canBeMissing, LambdaExpression accessor, Type valueType,
        decimal? minimum = null, decimal? maximum = null, ImmutableArray<(string, long)> values = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(accessor);
        if (!IsValidName(name))
        {
            throw new ArgumentException($"'{name}' is not a field name: use letters, digits and '_', starting with a letter.", nameof(name));
        }

        if (_fields.ContainsKey(name))
        {
            throw new ArgumentException($"The field '{name}' is already in the map.", nameof(name));
        }

        // The boxed reader serves explanations only; conditions themselves compile from the accessor's expression.
        Delegate read() => Expression.Lambda<Func<T, object?>>(Expression.Convert(accessor.Body, typeof(object)), accessor.Parameters)
            .Compile(preferInterpretation: !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported);
        var field = new ConditionField(name, type, canBeMissing, accessor, valueType, values.IsDefault ? [] : values, minimum, maximum, read);
        return new FieldMap<T>(_fields.Add(name, field));
    }

    private static bool IsValidName(string name) =>
        !string.IsNullOrEmpty(name) && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && !ConditionLexer.IsKeyword(name);

    private static ImmutableArray<(string, long)> ValuesOf<TEnum>(bool flags)
        where TEnum : struct, Enum
    {
        var builder = ImmutableArray.CreateBuilder<(string, long)>();
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var number = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
            if (flags && number == 0)
            {
                continue;
            }

            builder.Add((Naming.Kebab(value.ToString()), number));
        }

        return builder.ToImmutable();
    }

}
