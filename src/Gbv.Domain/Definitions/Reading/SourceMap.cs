using System.Text;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Reading;

/// <summary>
/// Maps JSON pointers of a plan file to lines and columns, so that every diagnostic can say where it is.
/// Built by the reader; pass it to the validator to locate semantic problems in the file's text.
/// </summary>
public sealed class SourceMap
{
    private readonly byte[] _text;
    private readonly Lazy<(JsonPositions Positions, LineIndex Lines)> _index;

    internal SourceMap(string? file, ReadOnlySpan<byte> text)
        : this(file, text.ToArray())
    {
    }

    // Takes the array as it is: the reader hands over the file's only copy, which the map, its line index and the
    // JSON document share (each copy of a 16 MiB file is 16 MB more at the peak).
    private SourceMap(string? file, byte[] text)
    {
        File = file;
        _text = text;

        // Positions are only needed to place a diagnostic, which most reads do not have: find them on first use.
        _index = new Lazy<(JsonPositions, LineIndex)>(() =>
        {
            var positions = new JsonPositions();
            JsonScanner.Scan(_text, File, new DiagnosticBag(), positions);
            return (positions, LineIndex.Sharing(_text));
        });
    }

    /// <summary>The file's bytes, shared, not copied: no one may change them.</summary>
    internal ReadOnlyMemory<byte> Text => _text;

    /// <summary>A map over <paramref name="text"/> itself, which the caller gives up: nothing may change it afterwards.</summary>
    internal static SourceMap Owning(string? file, byte[] text) => new(file, text);

    /// <summary>Bytes decoded to place diagnostics so far: the measure of work that tests hold linear in the file's size.</summary>
    internal long BytesDecoded => _index.IsValueCreated ? _index.Value.Lines.BytesDecoded : 0;

    /// <summary>The file name the map belongs to, or null.</summary>
    public string? File { get; }

    /// <summary>An empty map for definitions that were not read from text.</summary>
    public static SourceMap Empty { get; } = new(null, []);

    /// <summary>
    /// The location of a JSON pointer. Where the pointer itself is not in the file (a missing property), the
    /// nearest enclosing value is used.
    /// </summary>
    /// <param name="pointer">The JSON pointer.</param>
    /// <param name="atName">Point at the property's name rather than its value (for unknown or duplicate keys).</param>
    public SourceLocation Locate(string pointer, bool atName = false)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        if (_text.Length == 0)
        {
            return new SourceLocation(File, pointer, 0, 0);
        }

        var (positions, lines) = _index.Value;
        var probe = pointer;
        while (true)
        {
            if (positions.TryFind(probe, atName, out var offset))
            {
                var (line, column) = lines.Position(offset);
                return new SourceLocation(File, pointer, line, column);
            }

            if (probe.Length == 0)
            {
                return new SourceLocation(File, pointer, 0, 0);
            }

            probe = probe[..probe.LastIndexOf('/')];
            atName = false;
        }
    }

    /// <summary>Escapes a property name as a JSON pointer segment (RFC 6901: <c>~</c> as <c>~0</c>, <c>/</c> as <c>~1</c>).</summary>
    public static string Escape(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return segment.Contains('~') || segment.Contains('/') ? segment.Replace("~", "~0").Replace("/", "~1") : segment;
    }
}

/// <summary>Line starts of a UTF-8 buffer, for turning byte offsets into 1-based lines and UTF-16 columns.</summary>
/// <remarks>
/// A column is a count of characters from the line's start. Counting from the start on every call made a file on one
/// line quadratic (a 16 MB line of millions of empty strings, each a diagnostic, ran for minutes), so the count is
/// kept at checkpoints every <see cref="Stride"/> bytes and a lookup decodes at most one stride.
/// </remarks>
internal sealed class LineIndex
{
    /// <summary>Bytes between checkpoints: the most a lookup decodes.</summary>
    internal const int Stride = 1024;

    private readonly byte[] _text;
    private readonly int[] _starts;
    private readonly int[] _checkpoints;
    private readonly long[] _charsBefore;

    public LineIndex(ReadOnlySpan<byte> text)
        : this(text.ToArray())
    {
    }

    private LineIndex(byte[] text)
    {
        _text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < _text.Length; i++)
        {
            if (_text[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        _starts = [.. starts];

        // Checkpoints sit on the first byte at or after each stride that does not continue a UTF-8 sequence, so that
        // counting in pieces gives what counting the whole would (invalid bytes are one replacement character each).
        var checkpoints = new List<int> { 0 };
        var chars = new List<long> { 0 };
        var next = Stride;
        while (next < _text.Length)
        {
            while (next < _text.Length && (_text[next] & 0xC0) == 0x80)
            {
                next++;
            }

            if (next >= _text.Length)
            {
                break;
            }

            var previous = checkpoints[^1];
            chars.Add(chars[^1] + Encoding.UTF8.GetCharCount(_text, previous, next - previous));
            checkpoints.Add(next);
            next += Stride;
        }

        _checkpoints = [.. checkpoints];
        _charsBefore = [.. chars];
    }

    public static LineIndex Empty { get; } = new(ReadOnlySpan<byte>.Empty);

    /// <summary>An index over <paramref name="text"/> itself, not a copy: for a map that owns its text.</summary>
    public static LineIndex Sharing(byte[] text) => new(text);

    /// <summary>Bytes decoded by <see cref="Position"/> so far: a measure of its work, for the tests that it is linear.</summary>
    internal long BytesDecoded { get; private set; }

    public (int Line, int Column) Position(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var index = Array.BinarySearch(_starts, offset);
        var line = index >= 0 ? index : ~index - 1;
        var start = _starts[line];
        return (line + 1, checked((int)(CharsBefore(offset) - CharsBefore(start))) + 1);
    }

    public int LineStart(int zeroBasedLine) => _starts[Math.Clamp(zeroBasedLine, 0, _starts.Length - 1)];

    // Characters in the text before a byte offset: the nearest checkpoint's count plus what lies between.
    private long CharsBefore(int offset)
    {
        var index = Array.BinarySearch(_checkpoints, offset);
        var checkpoint = index >= 0 ? index : ~index - 1;
        var from = _checkpoints[checkpoint];
        BytesDecoded += offset - from;
        return _charsBefore[checkpoint] + Encoding.UTF8.GetCharCount(_text, from, offset - from);
    }
}
