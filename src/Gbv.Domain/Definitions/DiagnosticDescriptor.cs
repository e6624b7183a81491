using System.Globalization;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Definitions;

/// <summary>
/// A kind of problem, with its stable id (<c>GBV1101</c>), default severity and message formats in English and
/// Vietnamese. All descriptors are listed in <see cref="DiagnosticDescriptors"/> and in docs/diagnostics.md.
/// </summary>
public sealed class DiagnosticDescriptor
{
    internal DiagnosticDescriptor(string id, DiagnosticSeverity severity, string title, string messageEn, string messageVi)
    {
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
