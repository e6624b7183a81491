using Gbv.Domain.Localization;
using NodaTime;

namespace Gbv.Domain.Calendar;

/// <summary>
/// One entry of a plan's agenda: what, from when to when (inclusive; one day for a deadline), and the plan's own words.
/// </summary>
/// <param name="Kind">What the entry is.</param>
/// <param name="Key">The id or key of the plan's part (obligation, milestone, campaign, day, task).</param>
/// <param name="Title">What to show, in Vietnamese and English.</param>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day (the same as <paramref name="Start"/> for a single day).</param>
/// <param name="Detail">What the dates mean, in English ("on time until the end of 9 June").</param>
/// <param name="Source">The plan's verbatim text it comes from.</param>
public sealed record AgendaEntry(AgendaKind Kind, string Key, LocalizedText Title, LocalDate Start, LocalDate End, string Detail, string Source)
{
    /// <summary>The id or key of the plan's part (obligation, milestone, campaign, day, task).</summary>
    public string Key { get; init; } = Key ?? throw new ArgumentNullException(nameof(Key));

    /// <summary>What to show, in Vietnamese and English.</summary>
    public LocalizedText Title { get; init; } = Title ?? throw new ArgumentNullException(nameof(Title));

    /// <summary>What the dates mean, in English ("on time until the end of 9 June").</summary>
    public string Detail { get; init; } = Detail ?? throw new ArgumentNullException(nameof(Detail));

    /// <summary>The plan's verbatim text it comes from.</summary>
    public string Source { get; init; } = Source ?? throw new ArgumentNullException(nameof(Source));

    /// <summary>What the dates mean, in Vietnamese ("đúng hạn đến hết ngày 09/06/2020"), or null where none was written.</summary>
    public string? DetailVi { get; init; }

    /// <summary>What the dates mean in a language: "vi" gives <see cref="DetailVi"/> where there is one, anything else <see cref="Detail"/>.</summary>
    public string DetailIn(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Languages.IsVietnamese(language) && DetailVi is not null ? DetailVi : Detail;
    }

    /// <summary>What kind of entry it is, in a language: "hạn nộp báo cáo" or "report due", "nhiệm vụ" or "task".</summary>
    public string KindIn(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Words.Get("Agenda." + Kind, Languages.IsVietnamese(language));
    }

    /// <summary>A key that identifies the entry across exports: kind, part and first day.</summary>
    public string Uid => $"{Kind}/{Key}/{Start:yyyy-MM-dd}";
}
