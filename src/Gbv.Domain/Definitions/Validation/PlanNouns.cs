using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>
/// The names the validator gives the parts of a plan in its messages ("an unknown agency", "not a known due rule"),
/// with their Vietnamese from <c>Nouns.resx</c> (<c>Plan.*</c>), so that a Vietnamese message does not carry English words.
/// </summary>
internal static class PlanNouns
{
    // A noun's key in Nouns.resx: the English noun itself, which is also its English word.
    private const string Prefix = "Plan.";

    /// <summary>The names that have a Vietnamese word, for the test that every name the validator uses has one.</summary>
    internal static IEnumerable<string> Known =>
        Localization.Nouns.Set.All(vi: true).Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal)).Select(k => k[Prefix.Length..]);

    /// <summary>The noun in both languages; a noun without a Vietnamese word stays English rather than fail.</summary>
    public static DiagnosticArgument Of(string noun) => new(noun, Localization.Nouns.Set.Find(Prefix + noun, vi: true) ?? noun);
}
