namespace Gbv.Domain.Diagnostics;

/// <summary>
/// A value a diagnostic's message is formatted with. Names and values from the file read the same in both languages
/// (a string converts to one); words the library adds ("did you mean", what was expected) have a Vietnamese wording
/// so that a Vietnamese message is Vietnamese throughout.
/// </summary>
public readonly record struct DiagnosticArgument
{
    /// <summary>An argument with a wording of its own in each language.</summary>
    /// <param name="en">The argument in an English message.</param>
    /// <param name="vi">The argument in a Vietnamese message.</param>
    public DiagnosticArgument(string en, string vi)
    {
        ArgumentNullException.ThrowIfNull(en);
        ArgumentNullException.ThrowIfNull(vi);
        En = en;
        Vi = vi;
    }

    /// <summary>The argument in an English message.</summary>
    public string En { get; }

    /// <summary>The argument in a Vietnamese message.</summary>
    public string Vi { get; }

    /// <summary>A name or value from the input: the same in both languages.</summary>
    public static implicit operator DiagnosticArgument(string text) => new(text, text);

    /// <summary>The English wording, as a string built from the argument would have read before it had two.</summary>
    public override string ToString() => En;
}
