namespace Gbv.Domain.Definitions.Format;

/// <summary>A referral rule.</summary>
public sealed class ReferralRuleDefinition
{
    /// <summary>Rule id.</summary>
    public required string Id { get; init; }

    /// <summary>The rule's name for the case worker (<c>vi</c> required, <c>en</c> optional); optional, the id is used where it is missing.</summary>
    public LocalizedTextDefinition? Name { get; init; }

    /// <summary>Condition in the condition language.</summary>
    public required string Condition { get; init; }

    /// <summary>Service id.</summary>
    public required string Service { get; init; }

    /// <summary><c>routine</c> (default), <c>urgent</c> or <c>emergency</c>.</summary>
    public string? Urgency { get; init; }

    /// <summary>The time within which to refer: <c>72h</c>, <c>5d</c>.</summary>
    public string? Window { get; init; }

    /// <summary>What the window counts from: <c>incident</c> (default) or <c>report</c>.</summary>
    public string? WindowFrom { get; init; }

    /// <summary>Reasons for which the referral may go ahead without consent: <c>threat-to-life</c>, <c>child-at-risk</c>.</summary>
    public IReadOnlyList<string>? ConsentOverride { get; init; }

    /// <summary><c>required</c> (default) or <c>not-required</c>.</summary>
    public string? Consent { get; init; }

    /// <summary>Priority; default 0.</summary>
    public int? Priority { get; init; }

    /// <summary>Verbatim source text.</summary>
    public required string Source { get; init; }

    /// <summary>The source's own words, quoted in Vietnamese explanations; optional.</summary>
    public string? Quote { get; init; }

    /// <summary>
    /// <c>true</c> to replace the package's default rule that has the same id; without it a rule with a default's id is
    /// an error (GBV2240), and with it the validator warns, naming the default and its legal basis (GBV2241).
    /// </summary>
    public bool? ReplacesDefault { get; init; }
}
