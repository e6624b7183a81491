using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Reading;

/// <summary>
/// The first, byte-level pass of the reader: checks size, encoding, syntax, comments, trailing commas, duplicate
/// keys, depth and string length, and records where every value and property name starts.
/// </summary>
internal static class JsonScanner
{
    public sealed record Result(int BodyStart, bool Fatal);

    private sealed class Frame(bool isArray, string pointer)
    {
        public bool IsArray { get; } = isArray;

        public string Pointer { get; } = pointer;

        public int NextIndex { get; set; }

        public string? PendingName { get; set; }

        // Objects in plan files have few keys: a list searched in order is cheaper than a hash set.
        public List<string> Keys { get; } = new(8);
    }

    /// <summary>Checks the bytes, adding diagnostics to <paramref name="bag"/>; records positions into <paramref name="positions"/> when given.</summary>
    public static Result Scan(ReadOnlySpan<byte> bytes, string? file, DiagnosticBag bag, JsonPositions? positions = null)
    {
        if (bytes.Length > JsonLimits.MaxFileBytes)
        {
            bag.Add(ReadingDiagnostics.FileTooLarge, new SourceLocation(file, string.Empty, 0, 0),
                JsonLimits.MaxFileBytes.ToString(CultureInfo.InvariantCulture));
            return new Result(0, true);
        }

        LineIndex? lines = null;

        var start = 0;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bag.Add(ReadingDiagnostics.ByteOrderMark, At(bytes, ref lines, file, 0));
            start = 3;
        }

        var body = bytes[start..];
        if (body.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            bag.Add(ReadingDiagnostics.EmptyFile, At(bytes, ref lines, file, start));
            return new Result(start, true);
        }

        var invalid = FirstInvalidUtf8(body);
        if (invalid >= 0)
        {
            bag.Add(ReadingDiagnostics.InvalidUtf8, At(bytes, ref lines, file, start + invalid));
            return new Result(start, true);
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
                        bag.Add(ReadingDiagnostics.Comment, At(bytes, ref lines, file, tokenStart, frames.Count > 0 ? frames.Peek().Pointer : string.Empty));
                        break;
                    case JsonTokenType.PropertyName:
                    {
                        var frame = frames.Peek();
                        var name = reader.GetString() ?? string.Empty;
                        frame.PendingName = name;
                        if (TooLong(ref reader) is long length)
                        {
                            ReportTooLong(bag, At(bytes, ref lines, file, tokenStart, CurrentPointer(frames)), length);
                        }

                        if (frame.Keys.Contains(name))
                        {
                            bag.Add(ReadingDiagnostics.DuplicateKey, At(bytes, ref lines, file, tokenStart, CurrentPointer(frames)), name);
                        }

                        frame.Keys.Add(name);
                        positions?.Name(name, tokenStart);
                        break;
                    }

                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                    {
                        Advance(frames);
                        var pointer = CurrentPointer(frames);
                        positions?.Value(tokenStart, reader.TokenType == JsonTokenType.StartArray, reader.TokenType == JsonTokenType.StartObject);
                        if (frames.Count >= JsonLimits.MaxDepth)
                        {
                            bag.Add(ReadingDiagnostics.TooDeep, At(bytes, ref lines, file, tokenStart, pointer), JsonLimits.MaxDepth.ToString(CultureInfo.InvariantCulture));
                            return new Result(start, true);
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
                            bag.Add(ReadingDiagnostics.TrailingComma, At(bytes, ref lines, file, start + comma, frames.Peek().Pointer),
                                reader.TokenType == JsonTokenType.EndObject ? "}" : "]");
                        }

                        frames.Pop();
                        positions?.Close();
                        break;
                    }

                    default:
                    {
                        Advance(frames);
                        positions?.Value(tokenStart, isArray: false, isObject: false);
                        if (reader.TokenType == JsonTokenType.String && TooLong(ref reader) is long length)
                        {
                            ReportTooLong(bag, At(bytes, ref lines, file, tokenStart, CurrentPointer(frames)), length);
                        }

                        break;
                    }
                }
            }
        }
        catch (JsonException ex)
        {
            var line = checked((int)(ex.LineNumber ?? 0));
            lines ??= new LineIndex(bytes);
            var offset = (line == 0 ? start : lines.LineStart(line)) + checked((int)(ex.BytePositionInLine ?? 0));
            bag.Add(ReadingDiagnostics.JsonSyntax, At(bytes, ref lines, file, offset, frames.Count > 0 ? frames.Peek().Pointer : string.Empty), JsonSyntaxWords.Describe(ex));
            return new Result(start, true);
        }

        return new Result(start, false);
    }

    /// <summary>The location of a byte offset; the line index is built on the first diagnostic only.</summary>
    private static SourceLocation At(ReadOnlySpan<byte> text, ref LineIndex? lines, string? file, int offset, string pointer = "")
    {
        lines ??= new LineIndex(text);
        var (line, column) = lines.Position(offset);
        return new SourceLocation(file, pointer, line, column);
    }

    private static long? TooLong(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        return length > JsonLimits.MaxStringBytes ? length : null;
    }

    private static void ReportTooLong(DiagnosticBag bag, SourceLocation location, long length) =>
        bag.Add(ReadingDiagnostics.StringTooLong, location,
            length.ToString(CultureInfo.InvariantCulture), JsonLimits.MaxStringBytes.ToString(CultureInfo.InvariantCulture));

    /// <summary>Moves an enclosing array on to its next element, before a value is read.</summary>
    private static void Advance(Stack<Frame> frames)
    {
        if (frames.Count > 0 && frames.Peek().IsArray)
        {
            frames.Peek().NextIndex++;
        }
    }

    /// <summary>The pointer of the value (or property) just reached. Built only when needed: most reads need none.</summary>
    private static string CurrentPointer(Stack<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return string.Empty;
        }

        var frame = frames.Peek();
        return frame.IsArray
            ? frame.Pointer + "/" + (frame.NextIndex - 1).ToString(CultureInfo.InvariantCulture)
            : frame.Pointer + "/" + SourceMap.Escape(frame.PendingName ?? string.Empty);
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
}
