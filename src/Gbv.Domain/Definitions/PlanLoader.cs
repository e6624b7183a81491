using System.Collections.Immutable;

namespace Gbv.Domain.Definitions;

/// <summary>
/// Reads and validates a plan file in one step: text, bytes, stream or file in, a <see cref="Plans.Plan"/> and
/// diagnostics out. Never throws for bad input.
/// </summary>
/// <example>
/// <code>
/// var result = PlanLoader.LoadFile("samples/plans/ubnd-dak-to-2017.plan.json");
/// foreach (var d in result.Diagnostics) Console.WriteLine(d);
/// if (result.Plan is { } plan) Console.WriteLine(plan.Title);
/// </code>
/// </example>
public static class PlanLoader
{
    /// <summary>Loads a plan from JSON text.</summary>
    public static LoadResult Load(string json, string? file = null) => Finish(PlanDefinitionReader.Read(json, file));

    /// <summary>Loads a plan from UTF-8 bytes.</summary>
    public static LoadResult LoadUtf8(ReadOnlySpan<byte> utf8, string? file = null) => Finish(PlanDefinitionReader.ReadUtf8(utf8, file));

    /// <summary>Loads a plan from a stream.</summary>
    public static LoadResult LoadStream(Stream stream, string? file = null) => Finish(PlanDefinitionReader.ReadStream(stream, file));

    /// <summary>Loads a plan file.</summary>
    public static LoadResult LoadFile(string path) => Finish(PlanDefinitionReader.ReadFile(path));

    private static LoadResult Finish(ReadResult read)
    {
        if (read.Definition is null)
        {
            return new LoadResult(null, read.Diagnostics, read.SourceMap);
        }

        var validated = PlanValidator.Validate(read.Definition, read.SourceMap);

        // Authors fix files top to bottom: give every diagnostic in file order (the sort is stable).
        var diagnostics = read.Diagnostics.AddRange(validated.Diagnostics)
            .OrderBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ToImmutableArray();
        return new LoadResult(validated.Plan, diagnostics, read.SourceMap);
    }
}
