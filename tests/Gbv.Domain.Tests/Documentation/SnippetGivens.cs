using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Reporting;
using Gbv.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Gbv.Domain.Tests.Documentation;

#pragma warning disable CA1707, IDE1006, SA1300 // The names are the snippets' own variables, as a reader of the docs sees them.

/// <summary>
/// What the documentation's C# blocks take as given (their free variables: "your data", "your clock", "your database"),
/// so that each block compiles as printed. A block that is a whole program, such as the README's, needs none of these.
/// </summary>
public static class SnippetGivens
{
    /// <summary>Data from the integrator's store.</summary>
    public static IComplianceData<CaseRecord> data { get; } = new ComplianceData<CaseRecord>();

    /// <summary>The moment of an evaluation.</summary>
    public static Instant asOf => Instant.FromUtc(2020, 12, 31, 16, 59);

    /// <summary>The application's clock.</summary>
    public static IClock clock => SystemClock.Instance;

    /// <summary>A loaded plan.</summary>
    public static Plan plan => PlanLoaderForSnippets.DakTo;

    /// <summary>A case record.</summary>
    public static CaseRecord record { get; } = new() { CaseId = "c-1", Age = 12 };

    /// <summary>Case records.</summary>
    public static IEnumerable<CaseRecord> cases { get; } = [];

    /// <summary>Reported figures.</summary>
    public static IEnumerable<ReportedValue> reported { get; } = [];

    /// <summary>Reports received.</summary>
    public static IEnumerable<Submission> submissions { get; } = [];

    /// <summary>Task completion records.</summary>
    public static IEnumerable<TaskCompletion> completions { get; } = [];

    /// <summary>Lunar-calendar holidays of 2024, which move every year.</summary>
    public static IEnumerable<LocalDate> tet2024 { get; } = [new(2024, 2, 8), new(2024, 2, 9), new(2024, 2, 12), new(2024, 2, 13), new(2024, 2, 14)];

    /// <summary>A condition's text from a plan file.</summary>
    public static string ruleText => "age < 16 and violence has sexual";

    /// <summary>The integrator's own case entities.</summary>
    public static IEnumerable<Survivor> survivors { get; } = [];

    /// <summary>One of them.</summary>
    public static Survivor survivor { get; } = new();

    /// <summary>The integrator's field map for <see cref="Survivor"/>.</summary>
    public static FieldMap<Survivor> survivorFields => FieldMap<Survivor>.Empty.AddNumber("age", s => s.AgeYears, 0, 150);

    /// <summary>The integrator's field map for <see cref="CaseRow"/>.</summary>
    public static FieldMap<CaseRow> fields => FieldMap<CaseRow>.Empty.AddText("unit", c => c.Commune);

    /// <summary>The integrator's database.</summary>
    public static SnippetDb db => new();

    private static class PlanLoaderForSnippets
    {
        public static readonly Plan DakTo = TestFiles.LoadPlan(File.ReadAllText(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")));
    }
}

/// <summary>An integrator's case entity, with names of its own.</summary>
public sealed class Survivor
{
    /// <summary>Key.</summary>
    public int Id { get; set; }

    /// <summary>Age.</summary>
    public int? AgeYears { get; set; }

    /// <summary>Kinds of violence.</summary>
    public ViolenceKinds ViolenceFlags { get; set; }

    /// <summary>Risk.</summary>
    public RiskLevel? Risk { get; set; }

    /// <summary>Unit.</summary>
    public string? CommuneCode { get; set; }
}

/// <summary>An integrator's case table.</summary>
public sealed class CaseRow
{
    /// <summary>Key.</summary>
    public int Id { get; set; }

    /// <summary>Unit.</summary>
    public string? Commune { get; set; }

    /// <summary>Year reported.</summary>
    public int? ReportYear { get; set; }
}

/// <summary>An integrator's EF Core context.</summary>
public sealed class SnippetDb : DbContext
{
    /// <summary>Survivors.</summary>
    public DbSet<Survivor> Survivors => Set<Survivor>();

    /// <summary>Cases.</summary>
    public DbSet<CaseRow> Cases => Set<CaseRow>();
}
