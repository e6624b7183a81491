using System.Globalization;
using Gbv.Domain.Indicators;

namespace Gbv.Domain.Evaluation;

/// <summary>
/// How rendered reports protect survivors: a count of people below the threshold is shown as "&lt;N" (0 is shown, it
/// names nobody), and a percentage is shown only when both of its counts are shown.
/// </summary>
/// <param name="Threshold">The least count shown as a number; default 5; 1 or more (1 hides nothing).</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Threshold"/> is 0 or less.</exception>
public readonly record struct SmallCounts(int Threshold)
{
    /// <summary>The least count shown as a number: 1 or more, since 0 is always shown and 1 already hides nothing.</summary>
    public int Threshold { get; init; } = Threshold >= 1
        ? Threshold
        : throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "The least count shown is 1 or more: 1 hides nothing (use SmallCounts.None).");

    /// <summary>The default: counts from 1 to 4 are shown as "&lt;5".</summary>
    public static SmallCounts Default { get; } = new(5);

    /// <summary>Whether a count is shown as a number.</summary>
    public bool Shows(long count) => count == 0 || count >= Threshold;

    /// <summary>No suppression: every count is shown (for counts of events or units, which name nobody).</summary>
    public static SmallCounts None { get; } = new(1);

    /// <summary>The count, or "&lt;N".</summary>
    public string Show(long count) => Shows(count) ? count.ToString(CultureInfo.InvariantCulture) : "<" + Threshold.ToString(CultureInfo.InvariantCulture);

    /// <summary>The count, "&lt;N", or a dash when there is none.</summary>
    public string Show(long? count) => count is { } c ? Show(c) : "—";

    /// <summary>
    /// Whether a figure is shown as a number: a whole figure as a count (<see cref="Shows(long)"/>); a figure with
    /// decimals (an average, a rate) always, since it counts nobody.
    /// </summary>
    public bool Shows(decimal figure) => figure == 0 || figure >= Threshold || !TargetCalculator.IsWhole(figure);

    /// <summary>The figure ("12", "3.5"), or "&lt;N" for a small whole count.</summary>
    public string Show(decimal figure) => Shows(figure) ? figure.ToString("0.############", CultureInfo.InvariantCulture) : "<" + Threshold.ToString(CultureInfo.InvariantCulture);

    /// <summary>The figure, "&lt;N", or a dash when there is none.</summary>
    public string Show(decimal? figure) => figure is { } f ? Show(f) : "—";
}
