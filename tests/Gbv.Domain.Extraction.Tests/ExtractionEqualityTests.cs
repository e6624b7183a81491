namespace Gbv.Domain.Tests.Extraction;

/// <summary>The extraction's output is a value, as the core's reports are (the core's Evaluation/ReportEqualityTests).</summary>
public sealed class ExtractionEqualityTests
{
    [Fact]
    public void The_same_text_extracted_twice_gives_equal_elements_and_a_changed_task_does_not()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.Sources, "ubnd-dak-to-ke-hoach-2017-2020.txt"));
        var first = Gbv.Domain.Extraction.PlanExtractor.Extract(text);
        var second = Gbv.Domain.Extraction.PlanExtractor.Extract(text);
        var task = first.Elements.OfType<Gbv.Domain.Extraction.ExtractedTask>().First(t => !t.Coordinators.IsEmpty);
        Assert.NotNull(first.Elements.OfType<Gbv.Domain.Extraction.ExtractedDocument>().FirstOrDefault());
        Assert.True(first.Elements.SequenceEqual(second.Elements));
        Assert.Equal(task.GetHashCode(), second.Elements.OfType<Gbv.Domain.Extraction.ExtractedTask>().First(t => !t.Coordinators.IsEmpty).GetHashCode());
        Assert.NotEqual(task, task with { Coordinators = [.. task.Coordinators, "another-agency"] });
        Assert.Equal(task, task with { Coordinators = [.. task.Coordinators] });
    }
}
