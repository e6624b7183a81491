using System.Globalization;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Diagnostics;

/// <summary>
/// A kind of problem, with its stable id (<c>GBV1101</c>), default severity and message formats in English and
/// Vietnamese. The package's descriptors are listed by area beside the code that raises them (such as
/// <c>ReadingDiagnostics</c>, <c>ValidationDiagnostics</c>, <c>DataDiagnostics</c>) and all in docs/diagnostics.md.
/// </summary>
public sealed partial class DiagnosticDescriptor
{
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z]{2,10}[0-9]{3,6}$")]
    private static partial System.Text.RegularExpressions.Regex IdShape();

    /// <summary>
    /// A kind of problem of your own, for an integrator's or a tool's checks reported beside the package's: use ids
    /// that cannot clash with the package's <c>GBV</c> ids (your own prefix).
    /// </summary>
    /// <param name="id">The stable id: letters then digits, such as <c>ACME0001</c>.</param>
    /// <param name="severity">The severity diagnostics of this kind have.</param>
    /// <param name="title">A short English title.</param>
    /// <param name="messageEn">The English message format, with <c>{0}</c>-style placeholders.</param>
    /// <param name="messageVi">The Vietnamese message format, with the same placeholders.</param>
    /// <exception cref="ArgumentException">The id is not letters then digits, or a text is empty.</exception>
    public DiagnosticDescriptor(string id, DiagnosticSeverity severity, string title, string messageEn, string messageVi)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageEn);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageVi);
        if (!IdShape().IsMatch(id))
        {
            throw new ArgumentException($"A diagnostic id is letters then digits, such as ACME0001; \"{id}\" is not.", nameof(id));
        }

        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a severity.");
        }

        Id = id;
        DefaultSeverity = severity;
        Title = title;
        MessageFormatEn = messageEn;
        MessageFormatVi = messageVi;
    }

    /// <summary>The stable id, such as <c>GBV1101</c>.</summary>
    public string Id { get; }

    /// <summary>The severity diagnostics of this kind have.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>A short English title.</summary>
    public string Title { get; }

    /// <summary>The English message format, with <c>{0}</c>-style placeholders.</summary>
    public string MessageFormatEn { get; }

    /// <summary>The Vietnamese message format, with the same placeholders.</summary>
    public string MessageFormatVi { get; }

    internal string Format(string language, IReadOnlyList<string> arguments)
    {
        var format = Languages.IsVietnamese(language) ? MessageFormatVi : MessageFormatEn;
        var args = new object[arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = arguments[i];
        }

        return string.Format(CultureInfo.InvariantCulture, format, args);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title}";
}
