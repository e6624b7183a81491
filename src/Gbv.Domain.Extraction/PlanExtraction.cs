using System.Collections.Immutable;
using Gbv.Domain.Definitions;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Extraction;

/// <summary>
/// What <see cref="PlanExtractor"/> read from a plan's text: every element with its source line, the draft plan file,
/// and the diagnostics (errors for input that cannot be read, one <see cref="DiagnosticSeverity.Review"/> per element
/// to check).
/// </summary>
/// <param name="Elements">Every element, in the order of the text within each kind.</param>
/// <param name="Draft">The draft plan definition, or null when the input could not be read.</param>
/// <param name="Diagnostics">Errors, warnings and review marks, each at its line.</param>
public sealed record PlanExtraction(ImmutableArray<ExtractedElement> Elements, PlanDefinition? Draft, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Where the text stops when it is cut short (it ends mid-word or mid-sentence, or has neither a signature block
    /// nor a section on carrying the plan out): a note for the author; null when the text reads as complete.
    /// </summary>
    public string? CutShort { get; init; }

    /// <summary>The elements of one kind.</summary>
    public IEnumerable<T> Of<T>()
        where T : ExtractedElement => Elements.OfType<T>();

    /// <summary>The draft as a plan file (the normal format), or null.</summary>
    public string? DraftJson() => Draft is null ? null : PlanDefinitionWriter.Write(Draft);
}
