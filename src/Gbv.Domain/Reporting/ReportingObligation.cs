using System.Collections.Immutable;

namespace Gbv.Domain.Reporting;

/// <summary>
/// A duty to report ("chế độ báo cáo"): who reports, to whom (possibly through an office), how often and by when.
/// </summary>
/// <remarks>Equality compares every member; collections compare element by element.</remarks>
public sealed record ReportingObligation
{
    /// <summary>Creates an obligation.</summary>
    public ReportingObligation(
        string key,
        ReportingFrequency frequency,
        DueRule due,
        ImmutableArray<string> reporters,
        string recipient,
        string? via,
        ImmutableArray<string> forwardTo,
        string? section,
        string source)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(source);
        Key = key;
        Frequency = frequency;
        Due = due;
        Reporters = reporters.IsDefault ? [] : reporters;
        Recipient = recipient;
        Via = via;
        ForwardTo = forwardTo.IsDefault ? [] : forwardTo;
        Section = section;
        Source = source;
    }

    /// <summary>The obligation's key within the plan.</summary>
    public string Key { get; }

    /// <summary>How often.</summary>
    public ReportingFrequency Frequency { get; }

    /// <summary>By when.</summary>
    public DueRule Due { get; }

    /// <summary>The ids of the agencies that report.</summary>
    public ImmutableArray<string> Reporters { get; }

    /// <summary>The id of the agency reported to.</summary>
    public string Recipient { get; }

    /// <summary>The id of the office the report goes through ("qua Phòng ..."), or null.</summary>
    public string? Via { get; }

    /// <summary>The ids of the agencies the recipient consolidates for ("để tổng hợp báo cáo ...").</summary>
    public ImmutableArray<string> ForwardTo { get; }

    /// <summary>The section number in the source, or null.</summary>
    public string? Section { get; }

    /// <summary>The verbatim source text.</summary>
    public string Source { get; }

    /// <summary>The data window, when the plan sets one (a preset such as <see cref="Decree09CutOff"/>, or its own); null for the calendar period.</summary>
    public CutOffRule? CutOff { get; init; }

    /// <summary>Whether a last on-time day that is not a working day moves, as the plan states (default: it does not).</summary>
    public DueRoll Roll { get; init; }

    /// <summary>Where the obligation's words come from, or null to follow the plan's.</summary>
    public SourceKind? SourceKind { get; init; }

    /// <inheritdoc />
    public bool Equals(ReportingObligation? other) =>
        other is not null
        && Key == other.Key && Frequency == other.Frequency && Due == other.Due
        && Sequences.Equal(Reporters, other.Reporters) && Recipient == other.Recipient && Via == other.Via
        && Sequences.Equal(ForwardTo, other.ForwardTo) && Section == other.Section && Source == other.Source
        && CutOff == other.CutOff && Roll == other.Roll && SourceKind == other.SourceKind;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Frequency, Due, Sequences.Hash(Reporters), Recipient, Source);
}
