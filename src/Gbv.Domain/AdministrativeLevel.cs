using System.Text.RegularExpressions;

namespace Gbv.Domain;

/// <summary>
/// A level of Vietnamese administration ("cấp"): province, district, commune, ward, village and so on.
/// Levels are data, not a closed list: since 1 July 2025 local government has two levels (province and
/// commune), and plans issued before then name districts. Well-known levels are provided as constants.
/// </summary>
/// <remarks>Equality is ordinal on the key. The default value has an empty key and is not a valid level.</remarks>
public readonly partial record struct AdministrativeLevel
{
    /// <summary>Creates a level from its key (lower-case letters, digits and hyphens).</summary>
    /// <exception cref="ArgumentException">The key is not of that form.</exception>
    public AdministrativeLevel(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!IsValidKey(key))
        {
            throw new ArgumentException($"'{key}' is not a level key (lower-case letters, digits and hyphens).", nameof(key));
        }

        Key = key;
    }

    /// <summary>The key, such as <c>province</c>.</summary>
    public string Key { get; }

    /// <summary>National ("trung ương").</summary>
    public static AdministrativeLevel National { get; } = new("national");

    /// <summary>Province or centrally run city ("tỉnh", "thành phố trực thuộc trung ương").</summary>
    public static AdministrativeLevel Province { get; } = new("province");

    /// <summary>District, urban district, town or provincial city ("huyện", "quận", "thị xã").</summary>
    public static AdministrativeLevel District { get; } = new("district");

    /// <summary>Commune, ward or township ("xã", "phường", "thị trấn").</summary>
    public static AdministrativeLevel Commune { get; } = new("commune");

    /// <summary>Ward ("phường"), an urban commune-level unit, where a plan distinguishes it from rural communes.</summary>
    public static AdministrativeLevel Ward { get; } = new("ward");

    /// <summary>Village or residential group ("thôn", "tổ dân phố"), below the commune.</summary>
    public static AdministrativeLevel Village { get; } = new("village");

    /// <summary>Whether a text is a valid level key.</summary>
    public static bool IsValidKey(string? key) => key is { Length: > 0 and <= 64 } && KeyPattern().IsMatch(key);

    /// <summary>The key.</summary>
    public override string ToString() => Key ?? string.Empty;

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
