using System.Collections.Frozen;

namespace Gbv.Domain.Definitions;

/// <summary>
/// The plan format's keywords for an enumeration: the member names in kebab case (<c>SixMonthly</c> is
/// <c>six-monthly</c>). Computed once per type; read-only afterwards.
/// </summary>
internal static class Keywords<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<string, T> ByName = Build();
    private static readonly FrozenDictionary<T, string> ByValue = ByName.ToFrozenDictionary(p => p.Value, p => p.Key);

    public static IEnumerable<string> Names => Enum.GetValues<T>().Select(Name);

    public static bool TryParse(string? text, out T value)
    {
        value = default;
        return text is not null && ByName.TryGetValue(text, out value);
    }

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
