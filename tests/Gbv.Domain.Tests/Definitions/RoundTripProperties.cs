using System.Text;
using FsCheck.Xunit;
using Gbv.Domain.Definitions;
using Gbv.Domain.Testing;

namespace Gbv.Domain.Tests.Definitions;

/// <summary>Writing a plan and reading it back gives an equal plan; the same plan always gives the same bytes.</summary>
public sealed class RoundTripProperties
{
    [Property(MaxTest = 300)]
    public void Writing_then_reading_gives_an_equal_plan(int seed)
    {
        var plan = GbvGenerators.Plan(seed);
        var text = PlanDefinitionWriter.Write(plan);

        var result = PlanLoader.Load(text, "generated.json");

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics) + "\n" + text);
        Assert.Equal(plan, result.Plan);
    }

    [Property(MaxTest = 200)]
    public void Output_is_stable(int seed)
    {
        var plan = GbvGenerators.Plan(seed);
        var first = PlanDefinitionWriter.WriteUtf8(plan);
        var again = PlanDefinitionWriter.WriteUtf8(GbvGenerators.Plan(seed));
        var reread = PlanDefinitionWriter.WriteUtf8(PlanLoader.LoadUtf8(first).Plan!);

        Assert.Equal(first, again);
        Assert.Equal(first, reread);
    }

    [Fact]
    public void Seed_plans_survive_a_round_trip_through_the_writer()
    {
        foreach (var file in Directory.GetFiles(TestFiles.SamplePlans, "*.plan.json"))
        {
            var plan = PlanLoader.LoadFile(file).Plan!;
            var written = PlanDefinitionWriter.Write(plan);
            Assert.Equal(plan, PlanLoader.Load(written).Plan);
        }
    }

    [Fact]
    public void Written_files_are_readable_text_with_vietnamese_unescaped()
    {
        var plan = PlanLoader.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).Plan!;
        var text = PlanDefinitionWriter.Write(plan);
        Assert.Contains("\"vi\": \"UBND huyện Đăk Tô\"", text, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"format\": \"gbv-plan/1\",\n  \"id\": \"ubnd-dak-to-2017-2020\"", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.False(Encoding.UTF8.GetPreamble().AsSpan().SequenceEqual(PlanDefinitionWriter.WriteUtf8(plan).AsSpan(0, 3)));
    }
}
