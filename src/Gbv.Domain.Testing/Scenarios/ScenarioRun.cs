using System.Collections.Immutable;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Scenarios;

/// <summary>What running a scenario file gave: every check, and the problems that kept a scenario from running.</summary>
/// <param name="File">The scenario file.</param>
/// <param name="Checks">Every expectation checked, in file order.</param>
/// <param name="Problems">Problems in the scenario file or its plan; each counts as a failure.</param>
public sealed record ScenarioRun(string File, ImmutableArray<ScenarioCheck> Checks, ImmutableArray<Diagnostic> Problems)
{
    /// <summary>The scenario file.</summary>
    public string File { get; init; } = File ?? throw new ArgumentNullException(nameof(File));

    /// <summary>Checks that passed.</summary>
    public int Passed => Checks.Count(c => c.Passed);

    /// <summary>Checks that failed, and problems (each is a failure).</summary>
    public int Failed => Checks.Count(c => !c.Passed) + Problems.Count(p => p.Severity == DiagnosticSeverity.Error);
}
