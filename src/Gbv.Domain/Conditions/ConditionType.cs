namespace Gbv.Domain.Conditions;

/// <summary>The type of a field in the condition language.</summary>
public enum ConditionType
{
    /// <summary>A whole number (<see cref="int"/>).</summary>
    WholeNumber = 0,

    /// <summary>An exact decimal number (<see cref="decimal"/>).</summary>
    Decimal,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>Text, compared exactly (ordinal).</summary>
    Text,

    /// <summary>One value of an enumeration.</summary>
    Enumeration,

    /// <summary>A set of values of a flags enumeration, tested with <c>has</c>.</summary>
    Set,

    /// <summary>A point in time (NodaTime <c>Instant</c>): only <c>is missing</c> / <c>is present</c>.</summary>
    Instant,

    /// <summary>A calendar date (NodaTime <c>LocalDate</c>), compared with dates such as <c>2024-06-10</c>.</summary>
    Date,

    /// <summary>A length of time (NodaTime <c>Duration</c>), compared with durations such as <c>72h</c>.</summary>
    Duration,
}
