using System.Text;
using System.Text.Json;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions;

/// <summary>
/// Reads plan files strictly. Unknown properties, duplicate keys, wrong types, missing required properties,
/// comments, trailing commas, an empty file, invalid UTF-8, nesting deeper than 64 and strings over 64 KiB are
/// all diagnostics with a code, a JSON pointer, a line and a column. Never throws for bad input, and never
/// returns a partial definition: either the whole file is read, or <see cref="ReadResult.Definition"/> is null.
/// </summary>
public static class PlanDefinitionReader
{
    /// <summary>Reads UTF-8 bytes.</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="file">A name for diagnostics, or null.</param>
    public static ReadResult ReadUtf8(ReadOnlySpan<byte> utf8, string? file = null) =>
        ReadOwned(utf8.Length > JsonLimits.MaxFileBytes ? utf8[..(JsonLimits.MaxFileBytes + 1)].ToArray() : utf8.ToArray(), file);

    // Reads bytes no one else holds: the source map keeps them, and the document and the serializer read them in place.
    private static ReadResult ReadOwned(byte[] utf8, string? file)
    {
        var bag = new DiagnosticBag(JsonLimits.MaxDiagnostics);
        var scan = JsonScanner.Scan(utf8, file, bag);
        var map = SourceMap.Owning(file, utf8);
        if (scan.Fatal || bag.HasErrors)
        {
            return new ReadResult(null, bag.ToImmutable(), map);
        }

        var body = map.Text[scan.BodyStart..];
        using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = JsonLimits.MaxDepth + 1 });
        var context = PlanJsonContext.Default;
        new ContractChecker(context, map, bag).Check(document.RootElement, typeof(PlanDefinition), string.Empty);
        if (bag.HasErrors)
        {
            return new ReadResult(null, bag.ToImmutable(), map);
        }

        try
        {
            var definition = JsonSerializer.Deserialize(body.Span, context.PlanDefinition);
            if (definition is null)
            {
                bag.Add(ReadingDiagnostics.WrongType, map.Locate(string.Empty), "an object", "null");
                return new ReadResult(null, bag.ToImmutable(), map);
            }

            return new ReadResult(definition, bag.ToImmutable(), map);
        }
        catch (JsonException ex)
        {
            // The contract check should have caught everything; this keeps the promise of no exceptions if it did not.
            var pointer = PathToPointer(ex.Path);
            bag.Add(ReadingDiagnostics.JsonSyntax, map.Locate(pointer), JsonSyntaxWords.Unknown);
            return new ReadResult(null, bag.ToImmutable(), map);
        }
    }

    /// <summary>Reads a string (as if it were saved as UTF-8).</summary>
    public static ReadResult Read(string json, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadUtf8(Encoding.UTF8.GetBytes(json), file);
    }

    /// <summary>Reads a stream to its end. Reads at most <see cref="JsonLimits.MaxFileBytes"/> (plus one byte to notice a larger file).</summary>
    public static ReadResult ReadStream(Stream stream, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            var bytes = ReadBounded(stream);
            return ReadOwned(bytes, file);
        }
        catch (IOException ex)
        {
            return Unreadable(file, UnreadableWords.Describe(ex, file));
        }
    }

    /// <summary>Reads a file. A file that cannot be opened gives diagnostic GBV1000, not an exception.</summary>
    public static ReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return ReadStream(stream, path);
        }
        catch (Exception ex) when (CannotRead(ex))
        {
            return Unreadable(path, UnreadableWords.Describe(ex, path));
        }
    }

    /// <summary>Whether an exception from opening or reading a file means the file cannot be read (GBV1000), not a defect.</summary>
    internal static bool CannotRead(Exception ex) => ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    private static ReadResult Unreadable(string? file, DiagnosticArgument reason)
    {
        var bag = new DiagnosticBag();
        bag.Add(ReadingDiagnostics.FileUnreadable, new SourceLocation(file, string.Empty, 0, 0), reason);
        return new ReadResult(null, bag.ToImmutable(), SourceMap.Empty);
    }

    private static byte[] ReadBounded(Stream stream)
    {
        if (stream.CanSeek && stream.Length - stream.Position is var left and >= 0 and <= JsonLimits.MaxFileBytes)
        {
            // A file of known length is read into one array of its size, not grown by doubling and then copied.
            var exact = new byte[left];
            stream.ReadExactly(exact);
            var more = stream.ReadByte();
            return more < 0 ? exact : ReadGrowing(stream, [.. exact, (byte)more]);
        }

        return ReadGrowing(stream, []);
    }

    // Reads what is left after the bytes read so far (a file that grew while read), up to one byte past the limit.
    private static byte[] ReadGrowing(Stream stream, byte[] head)
    {
        using var buffer = new MemoryStream();
        buffer.Write(head);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > JsonLimits.MaxFileBytes)
            {
                break;
            }
        }

        return buffer.ToArray();
    }

    internal static string PathToPointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                builder.Append('/').Append(SourceMap.Escape(path[(i + 1)..end]));
                i = end;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                var inner = path[(i + 1)..end].Trim('\'');
                builder.Append('/').Append(SourceMap.Escape(inner));
                i = end + 1;
            }
            else
            {
                i++;
            }
        }

        return builder.ToString();
    }
}
