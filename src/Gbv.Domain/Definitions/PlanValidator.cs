using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Definitions.Validation;

namespace Gbv.Domain.Definitions;

/// <summary>
/// Checks a plan definition's meaning and builds the immutable <see cref="Plans.Plan"/>. Reports every problem at
/// once (not the first only), each with its JSON pointer: unresolved references, duplicate ids, inconsistent
/// periods, horizons outside the plan, thresholds that cannot be met, "of which" cycles, deadlines outside the
/// plan's period, and more (docs/diagnostics.md lists them all).
/// </summary>
public static class PlanValidator
{
    /// <summary>The format version this library reads and writes.</summary>
    public const string FormatVersion = "gbv-plan/1";

    /// <summary>Validates a definition.</summary>
    /// <param name="definition">The definition, as read by <see cref="PlanDefinitionReader"/> or built in code.</param>
    /// <param name="sourceMap">The reader's source map, to give diagnostics lines and columns; null for none.</param>
    /// <returns>The plan when there are no errors, and every diagnostic.</returns>
    public static LoadResult Validate(PlanDefinition definition, SourceMap? sourceMap = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var map = sourceMap ?? SourceMap.Empty;
        var (plan, diagnostics) = new ValidationRun(map).Run(definition);
        return new LoadResult(plan, diagnostics, map);
    }
}
