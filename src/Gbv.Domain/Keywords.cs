using System.Collections.Frozen;

namespace Gbv.Domain;

/// <summary>
/// The plan format's keywords for an enumeration: the member names in kebab case (<c>SixMonthly</c> is
/// <c>six-monthly</c>). Computed once per type; read-only afterwards.
/// </summary>
public static class Keywords<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<string, T> ByName = Build();
    private static readonly FrozenDictionary<T, string> ByValue = ByName.ToFrozenDictionary(p => p.Value, p => p.Key);

    /// <summary>Every keyword of the enumeration, in declaration order.</summary>
    public static IEnumerable<string> Names => Enum.GetValues<T>().Select(Name);

    /// <summary>The member a keyword names (exactly, in kebab case); false for anything else.</summary>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text, out T value)
    {
        value = default;
        return text is not null && ByName.TryGetValue(text, out value);
    }

    /// <summary>The keyword of a member.</summary>
    public static string Name(T value) => ByValue[value];

    private static FrozenDictionary<string, T> Build()
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var value in Enum.GetValues<T>())
        {
            map[Naming.Kebab(value.ToString())] = value;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

}
