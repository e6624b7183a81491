namespace Gbv.Domain.Plans;

/// <summary>
/// A fact about a document, or a plan's period, that the source does not give: stated as unknown rather than filled
/// with a placeholder (<c>other</c>, a guessed year).
/// </summary>
public enum UnknownFact
{
    /// <summary>The kind of document (plan, decision, directive, ...).</summary>
    Kind = 0,

    /// <summary>The document's number.</summary>
    Number,

    /// <summary>The date of issue.</summary>
    Date,

    /// <summary>The issuing body.</summary>
    Issuer,

    /// <summary>The first year of a plan's period ("đến năm 2025" alone).</summary>
    From,
}
