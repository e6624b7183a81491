using System.Text;
using System.Text.RegularExpressions;

namespace Gbv.Domain.Extraction;

/// <summary>
/// Normalises a plan's text before the rules read it: Unicode NFC (Word often stores Vietnamese with combining
/// marks), every kind of space as one space, dashes as '-', curly quotes as straight ones, and the stray spaces that
/// typing leaves inside document codes and numbers ("13 /KH-BTV", "QĐ- UBND", "02203. 846.333").
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>The line normalised. Never throws; the same input gives the same output.</summary>
    public static string Normalize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var builder = new StringBuilder(line.Length);
        foreach (var c in line.Normalize(NormalizationForm.FormC))
        {
            builder.Append(c switch
            {
                '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\t' or '\u3000' => ' ',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                '\u2018' or '\u2019' or '\u201A' => '\'',
                '\u200B' or '\uFEFF' or '\u00AD' => '\0',
                _ => c,
            });
        }

        var text = builder.Replace("\0", string.Empty).ToString();
        text = Spaces().Replace(text, " ").Trim();
        text = CodeSlash().Replace(text, "$1/$2");
        text = CodeDash().Replace(text, "$1-$2");
        text = NumberGroup().Replace(text, "$1.$2");
        return text;
    }

    /// <summary>The text as lines, each with its number, paragraph, verbatim and normalised form.</summary>
    public static IReadOnlyList<SourceLine> Lines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<SourceLine>();
        var paragraph = 0;
        var blank = true;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var verbatim = raw.TrimEnd('\r');
            var normalized = Normalize(verbatim);
            if (normalized.Length == 0)
            {
                blank = true;
                continue;
            }

            if (blank)
            {
                paragraph++;
                blank = false;
            }

            lines.Add(new SourceLine(number, paragraph, verbatim, normalized));
        }

        return lines;
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();

    // "13 /KH-BTV", "3101/ QĐ-UBND": no space around the slash of a document code.
    [GeneratedRegex(@"(\d) ?/ ?(\p{Lu})")]
    private static partial Regex CodeSlash();

    // "QĐ- UBND", "KH -UBND": no space around the dash inside a code of capitals.
    [GeneratedRegex(@"(?<=/[\p{Lu}\-]*)(\p{Lu}) ?- ?(\p{Lu})")]
    private static partial Regex CodeDash();

    // "02203. 846.333": a space after the dot between groups of digits.
    [GeneratedRegex(@"(\d)\. (\d{3}\b)")]
    private static partial Regex NumberGroup();
}
