using System.Globalization;

namespace Gbv.Domain.Cases;

/// <summary>
/// The one reading of a case's field values, for every file that holds cases: the gbv tool's CSV (from UTF-8 bytes
/// on its fast path, from text otherwise), its JSON Lines and <c>gbv refer</c> case files, and scenario files. Each
/// method answers the value, or null when the text is not one (the reader then reports GBV4202 with the field's
/// <see cref="CaseField.Expected"/>); an absent or empty value is the reader's to skip before it asks. Byte and
/// character forms accept exactly the same values (a property test checks it), and neither allocates.
/// </summary>
/// <remarks>
/// What a format writes differently stays the format's: a CSV cell is trimmed and lists violence as
/// <c>physical;sexual</c> and a yes/no as <c>true</c>, <c>1</c> or <c>yes</c>; JSON has numbers, lists and
/// <c>true</c>/<c>false</c> of its own. Keywords, times and the age range are the same everywhere.
/// </remarks>
internal static class CaseFieldText
{
    /// <summary>The youngest age a case can record, in whole years.</summary>
    public const int MinimumAge = 0;

    /// <summary>The oldest age a case can record, in whole years (<see cref="CaseRecord.Age"/> refuses more).</summary>
    public const int MaximumAge = 150;

    /// <summary>An age given as a number (JSON, a scenario): itself when from 0 to 150.</summary>
    public static int? Age(long years) => years is >= MinimumAge and <= MaximumAge ? (int)years : null;

    /// <summary>An age written out: digits only (no sign, no blanks, no decimals), from 0 to 150.</summary>
    public static int? Age(ReadOnlySpan<char> text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var years) ? Age(years) : null;

    /// <summary>As <see cref="Age(ReadOnlySpan{char})"/>, from UTF-8 bytes.</summary>
    public static int? Age(ReadOnlySpan<byte> text)
    {
        // Up to three digits (every age there is) read by hand; anything else as NumberStyles.None reads it.
        if (text.Length is > 0 and <= 3)
        {
            var years = 0;
            foreach (var b in text)
            {
                // Unchecked: a byte below '0' is a large unsigned number, not an overflow.
                var digit = unchecked((uint)(b - (byte)'0'));
                if (digit > 9)
                {
                    return null;
                }

                years = (years * 10) + (int)digit;
            }

            return Age(years);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? Age(parsed) : null;
    }

    /// <summary>A keyword of the enumeration (<c>female</c>, <c>sexual-assault</c>, <c>life-threatening</c>), exactly as written.</summary>
    public static TEnum? Keyword<TEnum>(ReadOnlySpan<char> text)
        where TEnum : struct, Enum => Keywords<TEnum>.TryParse(text, out var value) ? value : null;

    /// <summary>As <see cref="Keyword{TEnum}(ReadOnlySpan{char})"/>, from UTF-8 bytes.</summary>
    public static TEnum? Keyword<TEnum>(ReadOnlySpan<byte> text)
        where TEnum : struct, Enum => Keywords<TEnum>.TryParse(text, out var value) ? value : null;

    /// <summary>A keyword that may be absent from a JSON list (a null element is no keyword).</summary>
    public static TEnum? Keyword<TEnum>(string? text)
        where TEnum : struct, Enum => text is null ? null : Keyword<TEnum>(text.AsSpan());

    /// <summary>Forms of violence as a CSV cell writes them: keywords separated by ';', blanks around them and empty parts ignored.</summary>
    public static ViolenceKinds? Violence(ReadOnlySpan<char> text) =>
        Violence(text, ';', static part => part.Trim(), static part => Keyword<ViolenceKinds>(part));

    /// <summary>As <see cref="Violence(ReadOnlySpan{char})"/>, from UTF-8 bytes of printable ASCII (blanks are spaces).</summary>
    public static ViolenceKinds? Violence(ReadOnlySpan<byte> text) =>
        Violence(text, (byte)';', static part => part.Trim((byte)' '), static part => Keyword<ViolenceKinds>(part));

    /// <summary>Forms of violence as a list (JSON, a scenario): every element a keyword; an empty list is none.</summary>
    public static ViolenceKinds? Violence(IEnumerable<string?> keywords)
    {
        var kinds = ViolenceKinds.None;
        foreach (var keyword in keywords)
        {
            if (Keyword<ViolenceKinds>(keyword) is not { } kind)
            {
                return null;
            }

            kinds |= kind;
        }

        return kinds;
    }

    private delegate TResult OfSpan<T, TResult>(ReadOnlySpan<T> text)
        where TResult : allows ref struct;

    private static ViolenceKinds? Violence<T>(ReadOnlySpan<T> text, T separator, OfSpan<T, ReadOnlySpan<T>> trim, OfSpan<T, ViolenceKinds?> keyword)
        where T : IEquatable<T>
    {
        var kinds = ViolenceKinds.None;
        foreach (var range in text.Split(separator))
        {
            var part = trim(text[range]);
            if (part.IsEmpty)
            {
                continue;
            }

            if (keyword(part) is not { } kind)
            {
                return null;
            }

            kinds |= kind;
        }

        return kinds;
    }

    /// <summary>A yes or no as a CSV cell writes it: <c>true</c>, <c>1</c>, <c>yes</c>; <c>false</c>, <c>0</c>, <c>no</c>.</summary>
    public static bool? YesNo(ReadOnlySpan<char> text) =>
        text is "true" or "1" or "yes" ? true : text is "false" or "0" or "no" ? false : null;

    /// <summary>As <see cref="YesNo(ReadOnlySpan{char})"/>, from UTF-8 bytes.</summary>
    // Each keyword has its own length: one comparison, chosen by it.
    public static bool? YesNo(ReadOnlySpan<byte> text) => text.Length switch
    {
        1 => text[0] == (byte)'1' ? true : text[0] == (byte)'0' ? false : null,
        2 => text.SequenceEqual("no"u8) ? false : null,
        3 => text.SequenceEqual("yes"u8) ? true : null,
        4 => text.SequenceEqual("true"u8) ? true : null,
        5 => text.SequenceEqual("false"u8) ? false : null,
        _ => null,
    };
}
