namespace Gbv.Domain;

/// <summary>
/// Where the words of a plan, or of one of its parts, came from. Checks that expect the source's own Vietnamese (a
/// target's phrase found in its source, an extraction compared with the plan) apply to <see cref="Verbatim"/> sources only.
/// </summary>
public enum SourceKind
{
    /// <summary>The source's own words, as printed (the default).</summary>
    Verbatim = 0,

    /// <summary>A summary of the source (a portal's news item, a digest): its words are not the source's.</summary>
    Summary,

    /// <summary>A translation of the source: its words are not the source's.</summary>
    Translation,
}
