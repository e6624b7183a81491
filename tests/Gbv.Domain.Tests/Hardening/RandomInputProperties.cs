using System.Reflection;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Scenarios;

namespace Gbv.Domain.Tests.Hardening;

/// <summary>
/// The entry points that read what anyone can write (plan files, scenario files; the tool's data files in tests/Gbv.Domain.Cli.Tests) on random and mutated
/// input: never an exception, never a hang, and every problem a located diagnostic. The fuzzing harnesses in fuzz/
/// drive the same entry points for longer.
/// </summary>
public sealed class RandomInputProperties
{
    private static readonly byte[] Seed = File.ReadAllBytes(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json"));

    /// <summary>A seed plan with a few bytes flipped, inserted or cut: the reader reports, never throws.</summary>
    [Property(MaxTest = 300)]
    public Property Mutated_plan_files_give_diagnostics_not_exceptions() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(1, 8).ToArbitrary(), (seed, edits) =>
        {
            var random = new Random(seed);
            var bytes = new List<byte>(Seed);
            for (var i = 0; i < edits; i++)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0: bytes[at] = (byte)random.Next(256); break;
                    case 1: bytes.Insert(at, (byte)"{}[],:\"\\0e-+ \n"[random.Next(14)]); break;
                    default: bytes.RemoveAt(at); break;
                }
            }

            var result = PlanLoader.LoadUtf8(bytes.ToArray(), "mutated.json");
            Assert.All(result.Diagnostics, d => Assert.Matches("^GBV[1-4][0-9]{3}$", d.Id));
            Assert.True(result.Plan is null || result.Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error));
        });

    /// <summary>Random bytes, including invalid UTF-8, as a plan file.</summary>
    [Property(MaxTest = 300)]
    public Property Random_bytes_give_diagnostics_not_exceptions() =>
        Prop.ForAll(Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf().ToArbitrary(), bytes =>
        {
            var result = PlanLoader.LoadUtf8(bytes);
            Assert.Null(result.Plan);
            Assert.NotEmpty(result.Diagnostics);
        });

    /// <summary>Random text as a scenario file: a located failure, never an exception.</summary>
    [Property(MaxTest = 200)]
    public Property Random_scenario_files_fail_cleanly() =>
        Prop.ForAll(Gen.Elements("{", "}", "[", "]", "\"format\"", ":", ",", "\"gbv-tests/1\"", "\"scenarios\"", "\"name\"", "\"asOf\"", "\"expect\"", "1", "null", "\"x\"").ListOf().ToArbitrary(), tokens =>
        {
            var path = Path.Combine(Path.GetTempPath(), $"gbv-random-{Guid.NewGuid():N}.tests.json");
            try
            {
                File.WriteAllText(path, string.Concat(tokens), Encoding.UTF8);
                var run = ScenarioRunner.RunFile(path);
                Assert.True(run.Failed > 0 || run.Checks.IsEmpty);
            }
            finally
            {
                File.Delete(path);
            }
        });

    /// <summary>
    /// Inputs the fuzzer found (fuzz/README.md), kept as regression tests: each must load or give diagnostics, never
    /// throw. negative-zero-threshold.json: "value": -0 passed the validator's "not below 0" check and then made the
    /// threshold's constructor throw, because decimal keeps the sign of zero.
    /// </summary>
    [Theory]
    [InlineData("negative-zero-threshold.json")]
    public void Fuzzer_findings_load_without_exceptions(string file)
    {
        var result = PlanLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "Hardening", "Findings", file));
        Assert.All(result.Diagnostics, d => Assert.Matches("^GBV[1-4][0-9]{3}$", d.Id));
        Assert.Equal(0m, new Gbv.Domain.Indicators.Threshold(Gbv.Domain.Indicators.Comparison.AtLeast, -0m).Value);
    }

    /// <summary>Nothing in the packages has mutable static state: every static field is read-only or a constant.</summary>
    [Fact]
    public void No_static_field_can_be_changed()
    {
        Assembly[] assemblies = [typeof(PlanLoader).Assembly, typeof(Gbv.Domain.Testing.PlanAssert).Assembly];
        var mutable = assemblies.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            // The compiler's caches of lambdas and regexes are written once, by the runtime, on first use.
            .Where(f => !(f.DeclaringType!.Name.StartsWith('<') || f.Name.StartsWith('<') || f.DeclaringType.Namespace?.StartsWith("System.Text.RegularExpressions.Generated", StringComparison.Ordinal) == true))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}")
            .ToList();
        Assert.Empty(mutable);
    }
}
