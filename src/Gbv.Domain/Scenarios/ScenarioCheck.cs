namespace Gbv.Domain.Scenarios;

/// <summary>One expectation of a scenario, checked: what was expected, what the engine gave, and why.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="What">The expectation, such as <c>indicator victims-supported by 2020</c>.</param>
/// <param name="Passed">Whether the engine gave what was expected.</param>
/// <param name="Expected">What the scenario expects.</param>
/// <param name="Actual">What the engine gave.</param>
/// <param name="Explanation">The engine's explanation of its answer.</param>
public sealed record ScenarioCheck(string Scenario, string What, bool Passed, string Expected, string Actual, string Explanation);
