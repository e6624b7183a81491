using System.Collections.Immutable;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Diagnostics;

/// <summary>
/// A problem found in a plan file, shaped like a compiler's: a stable id, a severity, a location (JSON pointer,
/// line and column) and a message a plan author understands, in English or Vietnamese.
/// Reading and validating never throw for bad input: they return diagnostics.
/// </summary>
public sealed class Diagnostic
{
    internal Diagnostic(DiagnosticDescriptor descriptor, SourceLocation location, ImmutableArray<string> arguments)
        : this(descriptor, location, arguments, arguments)
    {
    }

    internal Diagnostic(DiagnosticDescriptor descriptor, SourceLocation location, ImmutableArray<string> arguments, ImmutableArray<string> argumentsVi)
    {
        Descriptor = descriptor;
        Location = location;
        Arguments = arguments;
        _argumentsVi = argumentsVi;
    }

    /// <summary>
    /// A diagnostic for a problem found outside a plan file, in data an integrator or a tool reads (a bad CSV row),
    /// so that it is reported like every other.
    /// </summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(arguments);
        return new Diagnostic(descriptor, location, [.. arguments]);
    }

    /// <summary>
    /// A diagnostic for a problem found outside a plan file whose arguments include words the caller adds (what a value
    /// should have been), so that the Vietnamese message is Vietnamese throughout rather than English inside Vietnamese.
    /// </summary>
    /// <param name="descriptor">The kind of problem.</param>
    /// <param name="location">Where the problem is.</param>
    /// <param name="arguments">The arguments of the English message.</param>
    /// <param name="vietnameseArguments">
    /// The arguments of the Vietnamese message, one for each English one; names and values from the input are the same
    /// in both.
    /// </param>
    /// <exception cref="ArgumentException">The two lists do not have the same number of arguments.</exception>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, IReadOnlyList<string> arguments, IReadOnlyList<string> vietnameseArguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(vietnameseArguments);
        if (arguments.Count != vietnameseArguments.Count)
        {
            throw new ArgumentException($"{arguments.Count} English arguments but {vietnameseArguments.Count} Vietnamese ones: each argument needs both wordings.", nameof(vietnameseArguments));
        }

        return new Diagnostic(descriptor, location, [.. arguments], [.. vietnameseArguments]);
    }

    /// <summary>The kind of problem.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The same diagnostic at another location (a scenario file's problems, placed at their line once read).</summary>
    internal Diagnostic At(SourceLocation location) => new(Descriptor, location, Arguments, _argumentsVi);

    /// <summary>The stable id, such as <c>GBV1101</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The severity.</summary>
    public DiagnosticSeverity Severity => Descriptor.DefaultSeverity;

    /// <summary>Where the problem is.</summary>
    public SourceLocation Location { get; }

    /// <summary>
    /// The values the message is formatted with (names, values and expectations from the plan file), as the English
    /// message has them; the Vietnamese message has the Vietnamese wording of those that are words ("did you mean").
    /// </summary>
    public ImmutableArray<string> Arguments { get; }

    private readonly ImmutableArray<string> _argumentsVi;

    /// <summary>The message in English.</summary>
    public string Message => GetMessage("en");

    /// <summary>The message in a language: <c>"vi"</c> for Vietnamese, anything else for English.</summary>
    public string GetMessage(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Descriptor.Format(language, Languages.IsVietnamese(language) ? _argumentsVi : Arguments);
    }

    /// <summary>The compiler-style line: <c>file(line,col): warning GBV2104: message</c>.</summary>
    public string ToString(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {GetMessage(language)}";
    }

    /// <summary>The compiler-style line in English.</summary>
    public override string ToString() => ToString("en");

    /// <summary>Equal when the code, the location and the arguments in both languages are: the same problem found twice.</summary>
    public override bool Equals(object? obj) =>
        obj is Diagnostic other && (ReferenceEquals(this, other)
            || (string.Equals(Id, other.Id, StringComparison.Ordinal) && Severity == other.Severity && Location.Equals(other.Location)
                && Sequences.Equal(Arguments, other.Arguments) && Sequences.Equal(_argumentsVi, other._argumentsVi)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Location, Sequences.Hash(Arguments));
}
