using System.Collections.Immutable;

namespace Gbv.Domain.Tasks;

/// <summary>
/// A task, solution or activity of a plan ("nhiệm vụ", "giải pháp", "hoạt động"), with the agency that leads it
/// ("chủ trì") and those that coordinate ("phối hợp").
/// </summary>
/// <remarks>Equality compares every member; collections compare element by element.</remarks>
public sealed record PlanTask
{
    /// <summary>Creates a task.</summary>
    public PlanTask(
        string id,
        string? section,
        LocalizedText title,
        string? lead,
        ImmutableArray<string> coordinators,
        Recurrence recurrence,
        MinimumFrequency? minimumFrequency,
        int? year,
        string? campaign,
        ImmutableArray<string> outputs,
        string? solution,
        string source)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(source);
        Id = id;
        Section = section;
        Title = title;
        Lead = lead;
        Coordinators = coordinators.IsDefault ? [] : coordinators;
        Recurrence = recurrence;
        MinimumFrequency = minimumFrequency;
        Year = year;
        _campaign = campaign;
        Outputs = outputs.IsDefault ? [] : outputs;
        Solution = solution;
        Source = source;
    }

    /// <summary>The task's id within the plan.</summary>
    public string Id { get; }

    /// <summary>The section number in the source ("IV.1", "2.1"), or null.</summary>
    public string? Section { get; }

    /// <summary>A short title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The id of the leading agency, or null where the source names none.</summary>
    public string? Lead { get; }

    /// <summary>The ids of the coordinating agencies.</summary>
    public ImmutableArray<string> Coordinators { get; }

    /// <summary>How often the task recurs.</summary>
    public Recurrence Recurrence { get; }

    /// <summary>A minimum frequency ("ít nhất 01 lần/năm"), or null.</summary>
    public MinimumFrequency? MinimumFrequency { get; }

    /// <summary>The year a one-off task is set for, or null.</summary>
    public int? Year { get; }

    /// <summary>The id of the (first) campaign the task runs in, or null.</summary>
    public string? Campaign => _campaigns.IsDefaultOrEmpty ? _campaign : _campaigns[0];

    /// <summary>
    /// The ids of every campaign the task runs in (Đăk Tô's first activity runs in the June action month and in the
    /// November one), in the plan's order; the agenda lists the task in each. Empty when none; set, it replaces
    /// <see cref="Campaign"/>, which is then the first.
    /// </summary>
    public ImmutableArray<string> Campaigns
    {
        get => !_campaigns.IsDefaultOrEmpty ? _campaigns : _campaign is null ? [] : [_campaign];
        init => _campaigns = value;
    }

    /// <summary>Where the task's words come from, or null to follow the plan's.</summary>
    public SourceKind? SourceKind { get; init; }

    private readonly string? _campaign;
    private readonly ImmutableArray<string> _campaigns;

    /// <summary>Expected outputs or products (leaflets, training courses, reports).</summary>
    public ImmutableArray<string> Outputs { get; }

    /// <summary>The solution text ("Giải pháp thực hiện"), verbatim, or null.</summary>
    public string? Solution { get; }

    /// <summary>The verbatim source text of the task.</summary>
    public string Source { get; }

    /// <inheritdoc />
    public bool Equals(PlanTask? other) =>
        other is not null
        && Id == other.Id && Section == other.Section && Title == other.Title && Lead == other.Lead
        && Sequences.Equal(Coordinators, other.Coordinators) && Recurrence == other.Recurrence
        && MinimumFrequency == other.MinimumFrequency && Year == other.Year && Sequences.Equal(Campaigns, other.Campaigns) && SourceKind == other.SourceKind
        && Sequences.Equal(Outputs, other.Outputs) && Solution == other.Solution && Source == other.Source;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title, Lead, Sequences.Hash(Coordinators), Recurrence, Source);
}
