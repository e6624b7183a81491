namespace Gbv.Domain.Plans;

/// <summary>
/// Whether the plan file encodes a whole source document. Some sources reach the project cut short
/// ("[...]"): the file encodes what is there and says what is missing.
/// </summary>
/// <param name="IsComplete">True when the whole document was available.</param>
/// <param name="Note">What is missing and where the source stops, or null for a complete source.</param>
public sealed record SourceCompleteness(bool IsComplete, string? Note)
{
    /// <summary>A complete source.</summary>
    public static SourceCompleteness Complete { get; } = new(true, null);
}
