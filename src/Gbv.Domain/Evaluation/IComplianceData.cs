using System.Collections.Immutable;
using Gbv.Domain.Indicators;
using Gbv.Domain.Reporting;
using Gbv.Domain.Tasks;

namespace Gbv.Domain.Evaluation;

/// <summary>
/// The data a compliance evaluation reads, as an integrator supplies it from their own store. Each sequence is read
/// once, in one pass; cases can be a stream of any length (memory does not grow with it).
/// </summary>
/// <typeparam name="T">The case type.</typeparam>
public interface IComplianceData<T>
{
    /// <summary>Case records (anonymised), for case indicators and referral summaries.</summary>
    IEnumerable<T> Cases { get; }

    /// <summary>Figures units report ("victims detected: 12").</summary>
    IEnumerable<ReportedValue> ReportedValues { get; }

    /// <summary>Reports received.</summary>
    IEnumerable<Submission> Submissions { get; }

    /// <summary>Task completion records ("training held on 2019-05-14").</summary>
    IEnumerable<TaskCompletion> TaskCompletions { get; }

    /// <summary>For an agency that stands for many units (the communes' People's Committees), the units.</summary>
    IReadOnlyDictionary<string, ImmutableArray<string>> ReportingUnits { get; }

    /// <summary>
    /// The names of units the plan does not name itself (a commune: "xa-dak-tram" is "Xã Đăk Trăm"), by unit id: a
    /// printed report calls a unit by its name, the JSON by its id. Empty unless given.
    /// </summary>
    IReadOnlyDictionary<string, LocalizedText> UnitNames => ImmutableDictionary<string, LocalizedText>.Empty;
}
