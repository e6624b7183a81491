namespace Gbv.Domain.Conditions;

/// <summary>One test of a condition on one record: the clause, the record's value, and whether it held.</summary>
/// <param name="Clause">The test as written in canonical form, such as <c>age &lt; 16</c>.</param>
/// <param name="Field">The field tested.</param>
/// <param name="Value">The record's value as text (<c>12</c>, <c>physical, sexual</c>), or <c>missing</c>.</param>
/// <param name="Held">Whether the test held.</param>
public sealed record ClauseExplanation(string Clause, string Field, string Value, bool Held)
{
    /// <summary><c>age &lt; 16 (age = 12): held</c>.</summary>
    public override string ToString() => $"{Clause} ({Field} = {Value}): {(Held ? "held" : "did not hold")}";
}
