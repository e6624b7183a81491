namespace Gbv.Domain.Definitions.Reading;

/// <summary>
/// A value a diagnostic's message is formatted with. Names and values from the file read the same in both languages
/// (a string converts to one); words the library adds ("did you mean", what was expected) have a Vietnamese wording
/// so that a Vietnamese message is Vietnamese throughout.
/// </summary>
internal readonly record struct DiagnosticArgument(string En, string Vi)
{
    /// <summary>A name or value from the input: the same in both languages.</summary>
    public static implicit operator DiagnosticArgument(string text) => new(text, text);

    /// <summary>The English wording, as a string built from the argument would have read before it had two.</summary>
    public override string ToString() => En;
}
