using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Tests.Hardening;

/// <summary>
/// The source map keeps positions as a tree of offsets (a string per pointer cost a 16 MiB file 796 MB); on random
/// JSON it places every value and every property name where a plain pointer-to-offset map built here puts them.
/// </summary>
public sealed class PositionsProperties
{
    private static readonly string[] Names = ["a", "b", "tên", "a/b", "x~y", "~1", "0", "", "ü ü"];

    [Property(MaxTest = 300)]
    public Property Every_value_and_name_is_located_where_a_plain_map_puts_it() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var text = new StringBuilder();
            Write(text, random, 0);
            var json = text.ToString();
            var map = PlanDefinitionReader.Read(json, "random.json").SourceMap;
            var (values, names) = Plain(Encoding.UTF8.GetBytes(json));
            foreach (var (pointer, offset) in values)
            {
                Assert.Equal(Expected(json, offset), At(map.Locate(pointer)));
                if (names.TryGetValue(pointer, out var name))
                {
                    Assert.Equal(Expected(json, name), At(map.Locate(pointer, atName: true)));
                }
            }

            // A pointer the file does not have is placed at the nearest value that encloses it.
            Assert.Equal(Expected(json, values[string.Empty]), At(map.Locate("/no such/9")));
        });

    private static (int, int) At(SourceLocation location) => (location.Line, location.Column);

    // Line and UTF-16 column of a byte offset, counted from the start.
    private static (int Line, int Column) Expected(string json, int byteOffset)
    {
        var before = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(json), 0, byteOffset);
        var lastBreak = before.LastIndexOf('\n');
        return (before.Count(c => c == '\n') + 1, before.Length - lastBreak);
    }

    // The reference: every pointer's offset, as the reader's first version kept them (the first of equal keys wins).
    private static (Dictionary<string, int> Values, Dictionary<string, int> Names) Plain(byte[] bytes)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<(string Pointer, bool IsArray, int Next)>();
        string? pending = null;
        var reader = new Utf8JsonReader(bytes);
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pending = stack.Peek().Pointer + "/" + reader.GetString()!.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    names.TryAdd(pending, start);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    stack.Pop();
                    break;
                default:
                    var pointer = Here(stack, ref pending);
                    values.TryAdd(pointer, start);
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        stack.Push((pointer, reader.TokenType == JsonTokenType.StartArray, 0));
                    }

                    break;
            }
        }

        return (values, names);
    }

    private static string Here(Stack<(string Pointer, bool IsArray, int Next)> stack, ref string? pending)
    {
        if (stack.Count == 0)
        {
            return string.Empty;
        }

        var top = stack.Pop();
        stack.Push(top with { Next = top.Next + (top.IsArray ? 1 : 0) });
        if (top.IsArray)
        {
            return top.Pointer + "/" + top.Next.ToString(CultureInfo.InvariantCulture);
        }

        var pointer = pending!;
        pending = null;
        return pointer;
    }

    private static void Write(StringBuilder text, Random random, int depth)
    {
        Space(text, random);
        switch (depth > 4 ? random.Next(4) : random.Next(6))
        {
            case 0: text.Append(random.Next(-5, 500).ToString(CultureInfo.InvariantCulture)); break;
            case 1: text.Append("\"giá trị ").Append(random.Next(10)).Append('"'); break;
            case 2: text.Append(random.Next(2) == 0 ? "true" : "null"); break;
            case 3: text.Append("\"\""); break;
            case 4:
                text.Append('[');
                for (var i = random.Next(4); i > 0; i--)
                {
                    Write(text, random, depth + 1);
                    text.Append(i > 1 ? "," : string.Empty);
                }

                text.Append(']');
                break;
            default:
                text.Append('{');
                var keys = Names.OrderBy(_ => random.Next()).Take(random.Next(4)).ToList();
                for (var i = 0; i < keys.Count; i++)
                {
                    Space(text, random);
                    text.Append(JsonSerializer.Serialize(keys[i])).Append(':');
                    Write(text, random, depth + 1);
                    text.Append(i < keys.Count - 1 ? "," : string.Empty);
                }

                text.Append('}');
                break;
        }

        Space(text, random);
    }

    private static void Space(StringBuilder text, Random random) => text.Append(random.Next(4) switch { 0 => "\n  ", 1 => " ", _ => string.Empty });
}
