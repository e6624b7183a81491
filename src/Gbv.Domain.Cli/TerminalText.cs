using System.Text;

namespace Gbv.Domain.Cli;

/// <summary>
/// What the tool prints, with control characters from data made harmless: an ESC from a plan's title would otherwise
/// reach the terminal as an ANSI sequence (recolour, move the cursor, rewrite the line, set the window's title), and
/// a right-to-left override would reorder what a reader sees. Each such character becomes U+FFFD; tabs and line
/// breaks stay.
/// </summary>
internal sealed class TerminalText(TextWriter inner) : TextWriter
{
    /// <summary>The writer filtered.</summary>
    public TextWriter Inner => inner;

    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter's setter allows null; this writer passes it on as it is.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    /// <summary>Whether a character must not reach a terminal as it is.</summary>
    public static bool IsUnsafe(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\t')
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The text with every unsafe character replaced.</summary>
    public static string Clean(string text)
    {
        if (!text.AsSpan().ContainsAnyExcept(SafeAscii) && text.All(c => !IsUnsafe(c)))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(IsUnsafe(c) ? '\uFFFD' : c);
        }

        return clean.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> SafeAscii = System.Buffers.SearchValues.Create(
        "\t\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    public override void Write(char value) => inner.Write(IsUnsafe(value) ? '\uFFFD' : value);

    public override void Write(string? value)
    {
        if (value is not null)
        {
            inner.Write(Clean(value));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.Write(inner.NewLine);
    }

    public override void WriteLine() => inner.Write(inner.NewLine);

    public override void Flush() => inner.Flush();
}
