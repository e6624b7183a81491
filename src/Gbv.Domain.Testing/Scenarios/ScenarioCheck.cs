namespace Gbv.Domain.Scenarios;

/// <summary>One expectation of a scenario, checked: what was expected, what the engine gave, and why.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="What">The expectation, such as <c>indicator victims-supported by 2020</c>.</param>
/// <param name="Passed">Whether the engine gave what was expected.</param>
/// <param name="Expected">What the scenario expects.</param>
/// <param name="Actual">What the engine gave.</param>
/// <param name="Explanation">The engine's explanation of its answer.</param>
public sealed record ScenarioCheck(string Scenario, string What, bool Passed, string Expected, string Actual, string Explanation)
{
    /// <summary>The scenario's name.</summary>
    public string Scenario { get; init; } = Scenario ?? throw new ArgumentNullException(nameof(Scenario));

    /// <summary>The expectation, such as <c>indicator victims-supported by 2020</c>.</summary>
    public string What { get; init; } = What ?? throw new ArgumentNullException(nameof(What));

    /// <summary>What the scenario expects.</summary>
    public string Expected { get; init; } = Expected ?? throw new ArgumentNullException(nameof(Expected));

    /// <summary>What the engine gave.</summary>
    public string Actual { get; init; } = Actual ?? throw new ArgumentNullException(nameof(Actual));

    /// <summary>The engine's explanation of its answer.</summary>
    public string Explanation { get; init; } = Explanation ?? throw new ArgumentNullException(nameof(Explanation));
}
