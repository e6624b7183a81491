using Gbv.Domain.Localization;

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

    /// <summary>The expectation in Vietnamese (<c>chỉ số victims-supported (năm 2020)</c>), or null when only English was written.</summary>
    public string? WhatVi { get; init; }

    /// <summary>What the scenario expects, in Vietnamese, or null when only English was written.</summary>
    public string? ExpectedVi { get; init; }

    /// <summary>What the engine gave, in Vietnamese, or null when only English was written.</summary>
    public string? ActualVi { get; init; }

    /// <summary>The engine's explanation in Vietnamese, or null when only English was written.</summary>
    public string? ExplanationVi { get; init; }

    /// <summary>The expectation in a language: "vi" (or a culture of it) gives <see cref="WhatVi"/> where there is one, anything else <see cref="What"/>.</summary>
    public string WhatIn(string language) => Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))) ? WhatVi ?? What : What;

    /// <summary>What the scenario expects, in a language, as <see cref="WhatIn"/> chooses.</summary>
    public string ExpectedIn(string language) => Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))) ? ExpectedVi ?? Expected : Expected;

    /// <summary>What the engine gave, in a language, as <see cref="WhatIn"/> chooses.</summary>
    public string ActualIn(string language) => Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))) ? ActualVi ?? Actual : Actual;

    /// <summary>The engine's explanation in a language, as <see cref="WhatIn"/> chooses.</summary>
    public string ExplanationIn(string language) => Languages.IsVietnamese(language ?? throw new ArgumentNullException(nameof(language))) ? ExplanationVi ?? Explanation : Explanation;
}
