using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Indicators;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>Data elements: the keys figures are reported under and how their figures combine.</summary>
internal sealed partial class ValidationRun
{
    private readonly Dictionary<string, string> _dataElements = new(StringComparer.Ordinal);

    // How each data element's figures combine, for the ratios that divide one by another (GBV2220).
    private readonly Dictionary<string, ElementCombine> _combine = new(StringComparer.Ordinal);

    private DataElement DataElement(DataElementDefinition e, string pointer)
    {
        Declare(e.Key, pointer + "/key", "data element", _dataElements);
        var combine = Keyword(e.Combine, pointer + "/combine", "way figures combine", ElementCombine.Sum);
        _combine.TryAdd(e.Key, combine);
        return new DataElement(e.Key, Text(e.Name, pointer + "/name")) { CountsPeople = e.CountsPeople ?? true, Combine = combine };
    }

    private void DataElementReference(string? key, string pointer)
    {
        if (key is not null && !_dataElements.ContainsKey(key))
        {
            Report(ValidationDiagnostics.UnknownDataElement, pointer, key, Suggestions.DidYouMean(key, _dataElements.Keys));
        }
    }
}
