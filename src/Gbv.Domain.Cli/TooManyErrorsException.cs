namespace Gbv.Domain.Cli;

/// <summary>Thrown to stop reading when a file has more bad rows than allowed; caught by the command.</summary>
internal sealed class TooManyErrorsException : Exception
{
    public TooManyErrorsException()
        : base("Too many bad rows.")
    {
    }

    public TooManyErrorsException(string message)
        : base(message)
    {
    }

    public TooManyErrorsException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
