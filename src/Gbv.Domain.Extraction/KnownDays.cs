using Gbv.Domain.Extraction.Localization;
using System.Text.RegularExpressions;

namespace Gbv.Domain.Extraction;

/// <summary>
/// The documented tables the extractor resolves names with: national campaign months and the observance days GBV
/// plans name. A name found in a plan's text takes the table's date only when the text gives none, and the element
/// says so. The tables are the whole of what is resolved: a day not listed here is not guessed.
/// </summary>
public static partial class KnownDays
{
    /// <summary>A national campaign: its id, its window (or month) each year, and how its name is recognised.</summary>
    /// <param name="Id">"action-month-gbv".</param>
    /// <param name="From">"11-15", or null for a month.</param>
    /// <param name="To">"12-15", or null for a month.</param>
    /// <param name="Month">The month, or null.</param>
    /// <param name="Basis">The decision that sets it.</param>
    public sealed record Campaign(string Id, string? From, string? To, int? Month, string Basis)
    {
        /// <summary>"action-month-gbv".</summary>
        public string Id { get; init; } = Id ?? throw new ArgumentNullException(nameof(Id));

        /// <summary>The decision that sets it.</summary>
        public string Basis { get; init; } = Basis ?? throw new ArgumentNullException(nameof(Basis));

        /// <summary>"15/11-15/12" or "month 6".</summary>
        public string Describe() => Describe(vi: false);

        /// <summary>"tháng 6" or "từ 15/11 đến 15/12" in Vietnamese.</summary>
        internal string Describe(bool vi) => Month is { } m ? ExtractionWords.Format("Campaign.Month", vi, m) : ExtractionWords.Format("Campaign.Window", vi, ExtractionWords.Day(From, vi), ExtractionWords.Day(To, vi));
    }

    /// <summary>A day: its id, its date each year, its English name and the words that name it in Vietnamese.</summary>
    /// <param name="Id">"evaw-day".</param>
    /// <param name="Date">"11-25".</param>
    /// <param name="English">The English name.</param>
    public sealed record Day(string Id, string Date, string English)
    {
        /// <summary>"evaw-day".</summary>
        public string Id { get; init; } = Id ?? throw new ArgumentNullException(nameof(Id));

        /// <summary>"11-25".</summary>
        public string Date { get; init; } = Date ?? throw new ArgumentNullException(nameof(Date));

        /// <summary>The English name.</summary>
        public string English { get; init; } = English ?? throw new ArgumentNullException(nameof(English));
    }

    /// <summary>The national campaigns: the action month for gender equality and against GBV (15/11-15/12, Decision 2246/QĐ-TTg
    /// 2010), the action month on domestic violence (June, Decision 215/QĐ-TTg 2014) and the action month for children (June).</summary>
    public static IReadOnlyList<Campaign> Campaigns { get; } =
    [
        new("action-month-gbv", "11-15", "12-15", null, "Quyết định 2246/QĐ-TTg ngày 28/12/2010"),
        new("action-month-dv", null, null, 6, "Quyết định 215/QĐ-TTg ngày 29/01/2014"),
        new("action-month-children", null, null, 6, "Quyết định 1235/QĐ-TTg ngày 03/7/2015"),
    ];

    /// <summary>The observance days GBV plans name, with their dates.</summary>
    public static IReadOnlyList<Day> Days { get; } =
    [
        new("womens-day", "03-08", "International Women's Day"),
        new("happiness-day", "03-20", "International Day of Happiness"),
        new("childrens-day", "06-01", "International Children's Day"),
        new("family-day", "06-28", "Vietnamese Family Day"),
        new("girl-child-day", "10-11", "International Day of the Girl Child"),
        new("vietnamese-womens-day", "10-20", "Vietnamese Women's Day"),
        new("law-day", "11-09", "Vietnam Law Day"),
        new("evaw-day", "11-25", "International Day for the Elimination of Violence against Women"),
    ];

    /// <summary>The campaign a "Tháng hành động ..." name is, or null.</summary>
    public static Campaign? CampaignOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Contains("bình đẳng giới", StringComparison.OrdinalIgnoreCase) ? Campaigns[0] : name.Contains("bạo lực gia đình", StringComparison.OrdinalIgnoreCase) ? Campaigns[1] : name.Contains("trẻ em", StringComparison.OrdinalIgnoreCase) ? Campaigns[2] : null;
    }

    /// <summary>The days named in a line, each with the words that named it.</summary>
    internal static IEnumerable<(Day Day, Match Match)> DaysIn(string text)
    {
        var patterns = new[] { WomensDay(), HappinessDay(), ChildrensDay(), FamilyDay(), GirlChildDay(), VietnameseWomensDay(), LawDay(), EvawDay() };
        for (var i = 0; i < patterns.Length; i++)
        {
            if (patterns[i].Match(text) is { Success: true } m)
            {
                yield return (Days[i], m);
            }
        }
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"Ngày Quốc tế (?:Phụ nữ|phụ nữ)(?! Việt Nam)", Options)]
    private static partial Regex WomensDay();

    [GeneratedRegex(@"Ngày Quốc tế hạnh phúc", Options)]
    private static partial Regex HappinessDay();

    [GeneratedRegex(@"Ngày Quốc tế thiếu nhi", Options)]
    private static partial Regex ChildrensDay();

    [GeneratedRegex(@"Ngày Gia đình Việt Nam", Options)]
    private static partial Regex FamilyDay();

    [GeneratedRegex(@"Ngày Quốc tế (?:về )?trẻ em gái", Options)]
    private static partial Regex GirlChildDay();

    [GeneratedRegex(@"Ngày Phụ nữ Việt Nam", Options)]
    private static partial Regex VietnameseWomensDay();

    [GeneratedRegex(@"Ngày Pháp luật(?: Việt Nam| nước Cộng hòa xã hội chủ nghĩa Việt Nam)?", Options)]
    private static partial Regex LawDay();

    [GeneratedRegex(@"Ngày (?:Thế giới|Quốc tế) (?:xóa|xoá) bỏ (?:mọi hình thức )?(?:bạo lực )?(?:đối )?với phụ nữ(?: và trẻ em gái)?", Options)]
    private static partial Regex EvawDay();
}
