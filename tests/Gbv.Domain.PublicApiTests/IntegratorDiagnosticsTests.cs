using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.PublicApiTests;

/// <summary>An integrator's own checks reported beside the package's, with a code of their own prefix.</summary>
public sealed class IntegratorDiagnosticsTests
{
    private static readonly DiagnosticDescriptor UnitNotInRegistry = new(
        "ACME0001", DiagnosticSeverity.Warning, "Unit not in the registry",
        "The unit \"{0}\" is not in the commune registry{1}", "Đơn vị \"{0}\" không có trong danh mục xã{1}");

    [Fact]
    public void An_integrator_declares_a_code_and_reports_it_in_both_languages_with_a_located_suggestion()
    {
        var at = new SourceLocation("cases.csv", string.Empty, 12, 5);
        var suggestion = Suggestions.DidYouMean("xa-ngoc-tuu", ["xa-ngoc-tu", "xa-dak-tram"]);

        var diagnostic = Diagnostic.Create(UnitNotInRegistry, at, ["xa-ngoc-tuu", suggestion.En], ["xa-ngoc-tuu", suggestion.Vi]);

        Assert.Equal("ACME0001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("The unit \"xa-ngoc-tuu\" is not in the commune registry; did you mean \"xa-ngoc-tu\"?", diagnostic.GetMessage("en"));
        Assert.Equal("Đơn vị \"xa-ngoc-tuu\" không có trong danh mục xã; có phải ý bạn là \"xa-ngoc-tu\"?", diagnostic.GetMessage("vi"));
        Assert.StartsWith("cases.csv(12,5): warning ACME0001: ", diagnostic.ToString("en"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acme0001")]
    [InlineData("ACME")]
    [InlineData("0001")]
    [InlineData("ACME-0001")]
    [InlineData("A0001")]
    public void An_id_that_is_not_capital_letters_then_digits_is_refused(string id)
    {
        var refused = Assert.Throws<ArgumentException>(() => new DiagnosticDescriptor(id, DiagnosticSeverity.Error, "t", "en", "vi"));
        Assert.Equal("id", refused.ParamName);
    }

    [Fact]
    public void Empty_texts_and_an_undefined_severity_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new DiagnosticDescriptor("ACME0002", DiagnosticSeverity.Error, " ", "en", "vi"));
        Assert.Throws<ArgumentException>(() => new DiagnosticDescriptor("ACME0002", DiagnosticSeverity.Error, "t", "", "vi"));
        Assert.Throws<ArgumentNullException>(() => new DiagnosticDescriptor("ACME0002", DiagnosticSeverity.Error, "t", "en", null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DiagnosticDescriptor("ACME0002", (DiagnosticSeverity)42, "t", "en", "vi"));
    }
}
