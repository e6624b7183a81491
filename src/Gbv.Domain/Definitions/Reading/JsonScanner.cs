using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Gbv.Domain.Definitions.Reading;

/// <summary>
/// The first, byte-level pass of the reader: checks size, encoding, syntax, comments, trailing commas, duplicate
/// keys, depth and string length, and records where every value and property name starts.
/// </summary>
internal static class JsonScanner
{
    public sealed record Result(int BodyStart, LineIndex Lines, Dictionary<string, int> Values, Dictionary<string, int> Names, bool Fatal);

    private sealed class Frame(bool isArray, string pointer)
    {
        public bool IsArray { get; } = isArray;

        public string Pointer { get; } = pointer;

        public int NextIndex { get; set; }

        public string? PendingName { get; set; }

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    }

    public static Result Scan(ReadOnlySpan<byte> bytes, string? file, DiagnosticBag bag)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        if (bytes.Length > JsonLimits.MaxFileBytes)
        {
            bag.Add(DiagnosticDescriptors.FileTooLarge, new SourceLocation(file, string.Empty, 0, 0),
                JsonLimits.MaxFileBytes.ToString(CultureInfo.InvariantCulture));
            return new Result(0, LineIndex.Empty, values, names, true);
        }

        var lines = new LineIndex(bytes);
        SourceLocation At(int offset, string pointer = "")
        {
            var (line, column) = lines.Position(offset);
            return new SourceLocation(file, pointer, line, column);
        }

        var start = 0;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bag.Add(DiagnosticDescriptors.ByteOrderMark, At(0));
            start = 3;
        }

        var body = bytes[start..];
        if (body.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            bag.Add(DiagnosticDescriptors.EmptyFile, At(start));
            return new Result(start, lines, values, names, true);
        }

        var invalid = FirstInvalidUtf8(body);
        if (invalid >= 0)
        {
            bag.Add(DiagnosticDescriptors.InvalidUtf8, At(start + invalid));
            return new Result(start, lines, values, names, true);
        }

        var reader = new Utf8JsonReader(body, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Allow,
            AllowTrailingCommas = true,
            MaxDepth = JsonLimits.MaxDepth + 2,
        });
        var frames = new Stack<Frame>();
        try
        {
            while (reader.Read())
            {
                var tokenStart = start + checked((int)reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.Comment:
                        bag.Add(DiagnosticDescriptors.Comment, At(tokenStart, frames.Count > 0 ? frames.Peek().Pointer : string.Empty));
                        break;
                    case JsonTokenType.PropertyName:
                    {
                        var frame = frames.Peek();
                        var name = reader.GetString() ?? string.Empty;
                        var pointer = frame.Pointer + "/" + SourceMap.Escape(name);
                        CheckLength(ref reader, bag, At(tokenStart, pointer));
                        if (!frame.Keys.Add(name))
                        {
                            bag.Add(DiagnosticDescriptors.DuplicateKey, At(tokenStart, pointer), name);
                        }

                        names.TryAdd(pointer, tokenStart);
                        frame.PendingName = name;
                        break;
                    }

                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                    {
                        var pointer = NextPointer(frames);
                        values.TryAdd(pointer, tokenStart);
                        if (frames.Count >= JsonLimits.MaxDepth)
                        {
                            bag.Add(DiagnosticDescriptors.TooDeep, At(tokenStart, pointer), JsonLimits.MaxDepth.ToString(CultureInfo.InvariantCulture));
                            return new Result(start, lines, values, names, true);
                        }

                        frames.Push(new Frame(reader.TokenType == JsonTokenType.StartArray, pointer));
                        break;
                    }

                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                    {
                        var comma = PrecedingComma(body, checked((int)reader.TokenStartIndex));
                        if (comma >= 0)
                        {
                            bag.Add(DiagnosticDescriptors.TrailingComma, At(start + comma, frames.Peek().Pointer),
                                reader.TokenType == JsonTokenType.EndObject ? "}" : "]");
                        }

                        frames.Pop();
                        break;
                    }

                    default:
                    {
                        var pointer = NextPointer(frames);
                        values.TryAdd(pointer, tokenStart);
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            CheckLength(ref reader, bag, At(tokenStart, pointer));
                        }

                        break;
                    }
                }
            }
        }
        catch (JsonException ex)
        {
            var line = checked((int)(ex.LineNumber ?? 0));
            var offset = (line == 0 ? start : lines.LineStart(line)) + checked((int)(ex.BytePositionInLine ?? 0));
            bag.Add(DiagnosticDescriptors.JsonSyntax, At(offset, frames.Count > 0 ? frames.Peek().Pointer : string.Empty), CleanMessage(ex.Message));
            return new Result(start, lines, values, names, true);
        }

        return new Result(start, lines, values, names, false);
    }

    private static void CheckLength(ref Utf8JsonReader reader, DiagnosticBag bag, SourceLocation location)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > JsonLimits.MaxStringBytes)
        {
            bag.Add(DiagnosticDescriptors.StringTooLong, location,
                length.ToString(CultureInfo.InvariantCulture), JsonLimits.MaxStringBytes.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string NextPointer(Stack<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return string.Empty;
        }

        var frame = frames.Peek();
        if (frame.IsArray)
        {
            return frame.Pointer + "/" + (frame.NextIndex++).ToString(CultureInfo.InvariantCulture);
        }

        return frame.Pointer + "/" + SourceMap.Escape(frame.PendingName ?? string.Empty);
    }

    private static int PrecedingComma(ReadOnlySpan<byte> body, int closeIndex)
    {
        for (var i = closeIndex - 1; i >= 0; i--)
        {
            switch (body[i])
            {
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n':
                    continue;
                case (byte)',':
                    return i;
                default:
                    return -1;
            }
        }

        return -1;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> text)
    {
        if (Utf8.IsValid(text))
        {
            return -1;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (Rune.DecodeFromUtf8(text[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return -1;
    }

    private static string CleanMessage(string message)
    {
        foreach (var marker in new[] { " LineNumber:", " Path:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut];
            }
        }

        return message.Trim().TrimEnd('.', ' ', '|');
    }
}
