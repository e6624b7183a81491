using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using System.Text;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Definitions.Reading;

/// <summary>
/// The second pass of the reader: walks the document against the source-generated contract of the plan format and
/// reports every unknown property, missing required property, null and wrong type at once, before deserializing.
/// The contract comes from <see cref="PlanJsonContext"/>, so the checker cannot drift from the format's types.
/// </summary>
internal sealed class ContractChecker(PlanJsonContext context, SourceMap map, DiagnosticBag bag)
{
    private readonly Dictionary<JsonTypeInfo, Dictionary<string, JsonPropertyInfo>> _properties = [];

    // Once the bag is full a diagnostic is only counted, so it is not placed: a file of millions of problems placed
    // each one (5.6 million lookups for a 16 MiB file) to drop all but the first thousand.
    private SourceLocation At(string pointer, bool atName = false) =>
        bag.Full ? new SourceLocation(map.File, pointer, 0, 0) : map.Locate(pointer, atName);

    public void Check(JsonElement element, Type type, string pointer)
    {
        var scalar = Nullable.GetUnderlyingType(type) ?? type;
        if (scalar == typeof(string) || scalar == typeof(int) || scalar == typeof(decimal) || scalar == typeof(bool))
        {
            CheckScalar(element, scalar, pointer);
            return;
        }

        var info = context.GetTypeInfo(type)!;
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(element, info, pointer);
                break;
            case JsonTypeInfoKind.Enumerable:
                if (element.ValueKind != JsonValueKind.Array)
                {
                    WrongType(pointer, Nouns.Set.Argument("Kind.Array"), element);
                    return;
                }

                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var itemPointer = pointer + "/" + index.ToString(CultureInfo.InvariantCulture);
                    if (item.ValueKind == JsonValueKind.Null)
                    {
                        bag.Add(ReadingDiagnostics.NullValue, At(itemPointer), Describe(info.ElementType!));
                    }
                    else
                    {
                        Check(item, info.ElementType!, itemPointer);
                    }

                    index++;
                }

                break;
            default:
                CheckScalar(element, Nullable.GetUnderlyingType(type) ?? type, pointer);
                break;
        }
    }

    private void CheckObject(JsonElement element, JsonTypeInfo info, string pointer)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            WrongType(pointer, Describe(info.Type), element);
            return;
        }

        if (!_properties.TryGetValue(info, out var byName))
        {
            byName = new Dictionary<string, JsonPropertyInfo>(StringComparer.Ordinal);
            foreach (var property in info.Properties)
            {
                byName[property.Name] = property;
            }

            _properties[info] = byName;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            var memberPointer = pointer + "/" + SourceMap.Escape(member.Name);
            if (!byName.TryGetValue(member.Name, out var property))
            {
                bag.Add(ReadingDiagnostics.UnknownProperty, At(memberPointer, atName: true),
                    member.Name, Describe(info.Type), Suggestions.DidYouMean(member.Name, byName.Keys));
                continue;
            }

            seen.Add(member.Name);
            if (member.Value.ValueKind == JsonValueKind.Null)
            {
                if (!property.IsSetNullable)
                {
                    bag.Add(ReadingDiagnostics.NullValue, At(memberPointer), Describe(property.PropertyType));
                }

                continue;
            }

            Check(member.Value, property.PropertyType, memberPointer);
        }

        foreach (var property in info.Properties)
        {
            if (property.IsRequired && !seen.Contains(property.Name))
            {
                bag.Add(ReadingDiagnostics.MissingProperty, At(pointer), Capitalize(Describe(info.Type).En), property.Name);
            }
        }
    }

    private void CheckScalar(JsonElement element, Type type, string pointer)
    {
        if (type == typeof(string))
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                WrongType(pointer, AString, element);
            }
        }
        else if (type == typeof(bool))
        {
            if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                WrongType(pointer, TrueOrFalse, element);
            }
        }
        else if (type == typeof(int))
        {
            if (element.ValueKind != JsonValueKind.Number)
            {
                WrongType(pointer, AWholeNumber, element);
            }
            else if (!element.TryGetInt32(out _))
            {
                bag.Add(ReadingDiagnostics.NumberOutOfRange, At(pointer), element.GetRawText(), Checks.Set.Argument("Range.WholeNumber"));
            }
        }
        else if (type == typeof(decimal))
        {
            if (element.ValueKind != JsonValueKind.Number)
            {
                WrongType(pointer, ANumber, element);
            }
            else if (!element.TryGetDecimal(out _))
            {
                bag.Add(ReadingDiagnostics.NumberOutOfRange, At(pointer), element.GetRawText(), Checks.Set.Argument("Range.Decimal"));
            }
        }
    }

    private void WrongType(string pointer, DiagnosticArgument expected, JsonElement found) =>
        bag.Add(ReadingDiagnostics.WrongType, At(pointer), expected, DescribeKind(found));

    private static DiagnosticArgument DescribeKind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => Nouns.Set.Argument("Kind.Object"),
        JsonValueKind.Array => Nouns.Set.Argument("Kind.Array"),
        JsonValueKind.String => AString,
        JsonValueKind.Number => Nouns.Set.Argument("Kind.TheNumber", element.GetRawText()),
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => "null",
    };

    // The words for JSON's kinds of value, in both languages: a Vietnamese message says "Cần chuỗi", not "Cần a string".
    private static readonly DiagnosticArgument AString = Nouns.Set.Argument("Kind.String");
    private static readonly DiagnosticArgument TrueOrFalse = Nouns.Set.Argument("Kind.Boolean");
    private static readonly DiagnosticArgument AWholeNumber = Nouns.Set.Argument("Kind.WholeNumber");
    private static readonly DiagnosticArgument ANumber = Nouns.Set.Argument("Kind.Number");

    /// <summary>"the indicator", "a string", "a list of agency": names from the format's type names.</summary>
    internal static DiagnosticArgument Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return AString;
        }

        if (type == typeof(int))
        {
            return AWholeNumber;
        }

        if (type == typeof(decimal))
        {
            return ANumber;
        }

        if (type == typeof(bool))
        {
            return TrueOrFalse;
        }

        if (type.IsGenericType)
        {
            return Nouns.Set.Argument("Kind.List");
        }

        var name = type.Name.EndsWith("Definition", StringComparison.Ordinal) ? type.Name[..^"Definition".Length] : type.Name;
        var words = new StringBuilder("the");
        foreach (var ch in name)
        {
            if (char.IsUpper(ch))
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(ch));
        }

        return words.ToString().Replace("the plan", "the plan file", StringComparison.Ordinal);
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
