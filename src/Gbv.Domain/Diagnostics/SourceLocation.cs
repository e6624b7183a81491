namespace Gbv.Domain.Diagnostics;

/// <summary>
/// Where a diagnostic points: a JSON pointer (RFC 6901) into the plan file, and the line and column of that place
/// when the file's text is known.
/// </summary>
/// <param name="File">The file name or other source name, or null.</param>
/// <param name="Pointer">The JSON pointer, such as <c>/indicators/0/targets/1</c>; empty for the whole document.</param>
/// <param name="Line">The 1-based line, or 0 when unknown.</param>
/// <param name="Column">The 1-based column in UTF-16 characters, or 0 when unknown.</param>
public sealed record SourceLocation(string? File, string Pointer, int Line, int Column)
{
    /// <summary>The JSON pointer, such as <c>/indicators/0/targets/1</c>; empty for the whole document.</summary>
    public string Pointer { get; init; } = Pointer ?? throw new ArgumentNullException(nameof(Pointer));

    /// <summary><c>file(line,col)</c> as compilers print it; parts that are unknown are left out.</summary>
    public override string ToString()
    {
        var file = File ?? "<plan>";
        return Line > 0 ? $"{file}({Line},{Column})" : file;
    }
}
