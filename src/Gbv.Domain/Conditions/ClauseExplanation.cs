namespace Gbv.Domain.Conditions;

/// <summary>One test of a condition on one record: the clause, the record's value, and whether it held.</summary>
/// <param name="Clause">The test as written in canonical form, such as <c>age &lt; 16</c>.</param>
/// <param name="Field">The field tested.</param>
/// <param name="Value">The record's value as text (<c>12</c>, <c>physical, sexual</c>), or <c>missing</c>.</param>
/// <param name="Held">Whether the test held.</param>
public sealed record ClauseExplanation(string Clause, string Field, string Value, bool Held)
{
    /// <summary>The test as written in canonical form, such as <c>age &lt; 16</c>.</summary>
    public string Clause { get; init; } = Clause ?? throw new ArgumentNullException(nameof(Clause));

    /// <summary>The field tested.</summary>
    public string Field { get; init; } = Field ?? throw new ArgumentNullException(nameof(Field));

    /// <summary>The record's value as text (<c>12</c>, <c>physical, sexual</c>), or <c>missing</c>.</summary>
    public string Value { get; init; } = Value ?? throw new ArgumentNullException(nameof(Value));

    /// <summary>What stands for a record's value in a redacted explanation.</summary>
    public const string HiddenValue = "[hidden]";

    /// <summary>
    /// The same test with the record's value replaced by <see cref="HiddenValue"/>: for a log, an export or a
    /// supervisor's view, where the clause and whether it held are enough and the survivor's data is not needed.
    /// </summary>
    [System.Diagnostics.Contracts.Pure]
    public ClauseExplanation Redacted() => this with { Value = HiddenValue };

    /// <summary><c>age &lt; 16 (age = 12): held</c>.</summary>
    public override string ToString() => $"{Clause} ({Field} = {Value}): {(Held ? "held" : "did not hold")}";
}
