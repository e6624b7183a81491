using System.Text;
using Gbv.Domain.Definitions.Reading;

namespace Gbv.Domain.Definitions;

/// <summary>
/// Maps JSON pointers of a plan file to lines and columns, so that every diagnostic can say where it is.
/// Built by the reader; pass it to the validator to locate semantic problems in the file's text.
/// </summary>
public sealed class SourceMap
{
    private readonly byte[] _text;
    private readonly Lazy<(JsonScanner.Positions Positions, LineIndex Lines)> _index;

    internal SourceMap(string? file, ReadOnlySpan<byte> text)
    {
        File = file;
        _text = text.ToArray();

        // Positions are only needed to place a diagnostic, which most reads do not have: find them on first use.
        _index = new Lazy<(JsonScanner.Positions, LineIndex)>(() =>
        {
            var positions = new JsonScanner.Positions();
            JsonScanner.Scan(_text, File, new DiagnosticBag(), positions);
            return (positions, new LineIndex(_text));
        });
    }

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
            if ((atName && positions.Names.TryGetValue(probe, out var offset)) || positions.Values.TryGetValue(probe, out offset))
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
internal sealed class LineIndex
{
    private readonly byte[] _text;
    private readonly int[] _starts;

    public LineIndex(ReadOnlySpan<byte> text)
    {
        _text = text.ToArray();
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        _starts = [.. starts];
    }

    public static LineIndex Empty { get; } = new([]);

    public (int Line, int Column) Position(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var index = Array.BinarySearch(_starts, offset);
        var line = index >= 0 ? index : ~index - 1;
        var start = _starts[line];
        // Invalid bytes count as one replacement character each; the default UTF-8 decoder never throws.
        return (line + 1, Encoding.UTF8.GetCharCount(_text, start, offset - start) + 1);
    }

    public int LineStart(int zeroBasedLine) => _starts[Math.Clamp(zeroBasedLine, 0, _starts.Length - 1)];
}
