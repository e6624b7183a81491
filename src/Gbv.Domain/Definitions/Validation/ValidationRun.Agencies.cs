using Gbv.Domain.Agencies;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>Agencies: their declarations and every reference to one.</summary>
internal sealed partial class ValidationRun
{
    private readonly Dictionary<string, string> _agencies = new(StringComparer.Ordinal);

    private void Agency(string? id, string pointer, DiagnosticArgument context = default)
    {
        if (id is not null && !_agencies.ContainsKey(id))
        {
            var suggestion = Suggestions.DidYouMean(id, _agencies.Keys);
            Report(ValidationDiagnostics.UnknownAgency, pointer, id, new DiagnosticArgument(context.En + suggestion.En, context.Vi + suggestion.Vi));
        }
    }

    private Agency Agency(AgencyDefinition a, string pointer)
    {
        Declare(a.Id, pointer + "/id", "agency", _agencies);
        var kind = Keyword(a.Kind, pointer + "/kind", "agency kind", AgencyKind.Other);
        AdministrativeLevel? level = a.Level is null ? null : Level(a.Level, pointer + "/level");
        NationalBody(a, kind, level, pointer);
        return new Agency(a.Id, Text(a.Name, pointer + "/name"), kind, level);
    }
}
