using Gbv.Domain.Cases;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Tests.Diagnostics;

/// <summary>A diagnostic's wording in each language, from one set of arguments or two.</summary>
public sealed class DiagnosticWordingTests
{
    [Fact]
    public void A_diagnostic_created_with_two_wordings_reads_each_in_its_language()
    {
        var at = new SourceLocation("cases.csv", string.Empty, 7, 3);
        var both = Diagnostic.Create(CaseDataDiagnostics.BadValue, at, ["", "age", "a whole number"], ["", "age", "số nguyên"]);
        Assert.Equal("The value of \"age\" is not a whole number; the row is not counted", both.Message);
        Assert.Equal("Giá trị của \"age\" không phải số nguyên; dòng này không được tính", both.GetMessage("vi"));
        Assert.Equal(["", "age", "a whole number"], both.Arguments);

        // One wording: the same arguments in both messages.
        var one = Diagnostic.Create(CaseDataDiagnostics.BadValue, at, "", "age", "a whole number");
        Assert.Equal("Giá trị của \"age\" không phải a whole number; dòng này không được tính", one.GetMessage("vi"));

        var uneven = Assert.Throws<ArgumentException>(() => Diagnostic.Create(CaseDataDiagnostics.BadValue, at, ["", "age", "a whole number"], ["", "age"]));
        Assert.Equal("vietnameseArguments", uneven.ParamName);
        Assert.Throws<ArgumentNullException>(() => Diagnostic.Create(CaseDataDiagnostics.BadValue, at, ["x"], null!));
    }
}
