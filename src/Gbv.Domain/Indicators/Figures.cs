namespace Gbv.Domain.Indicators;

/// <summary>An indicator's figures for a year: what was reported (null when not), their names, and why there are none.</summary>
internal readonly record struct Figures(
    long? Numerator, long? Denominator, string NumeratorName, string? DenominatorName, bool HasDenominator,
    string Period, string PeriodVi, (string En, string Vi)? Unstated);
