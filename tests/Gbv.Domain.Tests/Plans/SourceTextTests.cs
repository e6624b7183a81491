namespace Gbv.Domain.Tests.Plans;

/// <summary>
/// The seed texts kept in samples/sources are the texts the project received, but for the signatory's name (its line
/// is kept, so line numbers are those of the received text): a clone tests itself from that copy.
/// </summary>
public sealed class SourceTextTests
{
    // The received texts' line counts (lines split at '\n', the last one possibly empty), counted by hand.
    [Theory]
    [InlineData(0, 186, 186)]
    [InlineData(1, 184, 173)]
    [InlineData(2, 83, 10)]
    [InlineData(3, 164, 162)]
    [InlineData(4, 81, 8)]
    public void Each_kept_text_has_the_received_lines_and_names_no_signatory(int seed, int lines, int signatoryLine)
    {
        var text = File.ReadAllText(TestFiles.Seeds[seed].Seed).Split('\n');
        Assert.Equal(lines, text.Length);
        Assert.EndsWith("lược bỏ]", text[signatoryLine - 1], StringComparison.Ordinal);
    }
}
