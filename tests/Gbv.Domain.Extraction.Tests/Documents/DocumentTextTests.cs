using Gbv.Domain.Diagnostics;
using Gbv.Domain.Extraction;
using Gbv.Domain.Extraction.Documents;

namespace Gbv.Domain.Tests.Extraction;

/// <summary>The Word and PDF reader as a library user calls it, from Gbv.Domain.Extraction, without the CLI.</summary>
public sealed class DocumentTextTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gbv-document-text-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("ke-hoach.docx", "docx")]
    [InlineData("ke-hoach.pdf", "pdf")]
    [InlineData("ke-hoach.txt", "txt")]
    public void A_file_that_is_not_there_is_a_diagnostic_that_says_so_not_an_exception(string name, string kind)
    {
        var problems = new List<Diagnostic>();

        var text = DocumentText.Read(Path.Combine(_folder, name), problems);

        Assert.Null(text);
        var problem = Assert.Single(problems);
        Assert.Equal("GBV4305", problem.Id);
        Assert.Equal($"The {kind} file cannot be read: there is no such file", problem.GetMessage("en"));
        Assert.Equal($"Không đọc được tệp {kind}: không có tệp này", problem.GetMessage("vi"));
    }

    [Fact]
    public void A_text_file_read_by_the_library_drafts_the_same_plan_as_its_text()
    {
        var lines = "Số: 07/KH-UBND\nKẾ HOẠCH\nPhòng, chống bạo lực gia đình năm 2025\nI. MỤC TIÊU\n- Trên 90% nạn nhân được hỗ trợ.\n";
        var path = Path.Combine(_folder, "ke-hoach.txt");
        File.WriteAllText(path, lines);
        var problems = new List<Diagnostic>();

        var text = DocumentText.Read(path, problems);

        Assert.Empty(problems);
        Assert.Equal(PlanExtractor.Extract(lines, path).DraftJson(), PlanExtractor.Extract(text!, path).DraftJson());
    }
}
