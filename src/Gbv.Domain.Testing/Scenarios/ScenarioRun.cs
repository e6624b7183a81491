using System.Collections.Immutable;
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

    /// <summary>Equal when the file is and the checks and problems are, element by element: a file run twice gives equal runs.</summary>
    public bool Equals(ScenarioRun? other) =>
        other is not null && string.Equals(File, other.File, StringComparison.Ordinal) && Sequences.Equal(Checks, other.Checks) && Sequences.Equal(Problems, other.Problems);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(File, Sequences.Hash(Checks), Sequences.Hash(Problems));
}
