namespace Gbv.Domain.Conditions;

/// <summary>Limits on condition text, which plan files written by anyone supply.</summary>
public static class ConditionLimits
{
    /// <summary>Longest condition, in characters: 4,096.</summary>
    public const int MaxLength = 4096;

    /// <summary>Most tokens in one condition: 1,024.</summary>
    public const int MaxTokens = 1024;

    /// <summary>Deepest nesting of parentheses and <c>not</c>: 32.</summary>
    public const int MaxDepth = 32;
}
