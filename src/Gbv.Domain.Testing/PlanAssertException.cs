namespace Gbv.Domain.Testing;

/// <summary>
/// Thrown by <see cref="PlanAssert"/> when a plan does not say what a test expects. Any test framework reports it as a
/// failure with its message, which gives the expected and the actual answer and the engine's explanation.
/// </summary>
public sealed class PlanAssertException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PlanAssertException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PlanAssertException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public PlanAssertException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
