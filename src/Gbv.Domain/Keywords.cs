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
    private static readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> ByChars = ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    // A handful of keywords per type: comparing bytes beats decoding them to look them up, and only the keywords of
    // the text's length are compared (most lengths have one). Longer texts than any keyword are no keyword.
    private static readonly (byte[] Name, T Value)[][] Utf8ByLength = ByLength();

    /// <summary>Every keyword of the enumeration, in declaration order.</summary>
    public static IEnumerable<string> Names => Enum.GetValues<T>().Select(Name);

    /// <summary>The member a keyword names (exactly, in kebab case); false for anything else.</summary>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text, out T value)
    {
        value = default;
        return text is not null && ByName.TryGetValue(text, out value);
    }

    /// <summary>As <see cref="TryParse(string?, out T)"/>, from characters, without allocating.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out T value) => ByChars.TryGetValue(text, out value);

    /// <summary>As <see cref="TryParse(string?, out T)"/>, from UTF-8 bytes, without allocating.</summary>
    internal static bool TryParse(ReadOnlySpan<byte> text, out T value)
    {
        var candidates = text.Length < Utf8ByLength.Length ? Utf8ByLength[text.Length] : [];
        foreach (var (name, member) in candidates)
        {
            if (text.SequenceEqual(name))
            {
                value = member;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The keyword of a member.</summary>
    public static string Name(T value) => ByValue[value];

    private static (byte[] Name, T Value)[][] ByLength()
    {
        var all = ByName.Select(p => (Name: System.Text.Encoding.UTF8.GetBytes(p.Key), p.Value)).ToList();
        var longest = all.Count == 0 ? 0 : all.Max(k => k.Name.Length);
        return [.. Enumerable.Range(0, longest + 1).Select(n => all.Where(k => k.Name.Length == n).ToArray())];
    }

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
