using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Conditions;

/// <summary>
/// A condition's text and where it comes from, for diagnostics. Standalone text gives lines and columns in the
/// condition itself; a condition inside a plan file gives the file's pointer, line, and the column of the JSON
/// string plus the offset in the condition (exact unless the string has escapes before that point).
/// </summary>
internal sealed class ConditionSource(string text, SourceLocation? host)
{
    public string Text { get; } = text;

    public DiagnosticBag Bag { get; } = new();

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params DiagnosticArgument[] arguments) =>
        Bag.Add(descriptor, Locate(span.Start), arguments);

    private SourceLocation Locate(int offset)
    {
        if (host is not null)
        {
            // +1 for the opening quote of the JSON string.
            return host with { Column = host.Column == 0 ? 0 : host.Column + 1 + offset };
        }

        var line = 1;
        var start = 0;
        for (var i = 0; i < offset && i < Text.Length; i++)
        {
            if (Text[i] == '\n')
            {
                line++;
                start = i + 1;
            }
        }

        return new SourceLocation(null, string.Empty, line, offset - start + 1);
    }
}
