using System.Collections.Immutable;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// The groups a case-ratio indicator is counted by, as DHIS2 disaggregates: children under 16 (Law on Children
/// 102/2016/QH13, Art. 1) and people of 16 and over, women and men. A case with no age or no sex is in neither group
/// of that pair, so a pair need not add up to the total.
/// </summary>
internal static class CaseGroups
{
    public static ImmutableArray<(string Group, string Condition)> All { get; } =
    [
        ("child", "age < 16"), ("adult", "age >= 16"), ("female", "sex = female"), ("male", "sex = male"),
    ];

    /// <summary>The pairs that split the same cases: age, then sex.</summary>
    public static ImmutableArray<(string First, string Second)> Pairs { get; } = [("child", "adult"), ("female", "male")];

    /// <summary>The element a group's count is kept under: <c>victims-supported#numerator@child</c>.</summary>
    public static string Element(string element, string group) => element + "@" + group;
}
