namespace Gbv.Domain.Indicators;

/// <summary>
/// Where an indicator started: its value in a year before the plan, in the unit of its thresholds (a percentage, a
/// count or a ratio). With a baseline, the percentage of the target achieved measures progress from the baseline, as
/// results frameworks (IATI, Akvo RSR) report it.
/// </summary>
/// <param name="Value">The value, exact.</param>
/// <param name="Year">The year it was measured.</param>
/// <param name="Source">The verbatim source text that states it, or null.</param>
public sealed record Baseline(decimal Value, int Year, string? Source);
