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

    // The data elements whose figures are decimals, which cannot count units (GBV2224).
    private readonly HashSet<string> _decimal = new(StringComparer.Ordinal);

    private DataElement DataElement(DataElementDefinition e, string pointer)
    {
        Declare(e.Key, pointer + "/key", "data element", _dataElements);
        var combine = Keyword(e.Combine, pointer + "/combine", "way figures combine", ElementCombine.Sum);
        var values = Keyword(e.Values, pointer + "/values", "kind of figures", ElementValues.Whole);
        if (values == ElementValues.Decimal)
        {
            _decimal.Add(e.Key);
            if (e.Combine is null)
            {
                // Summing averages is the mistake this guards against: the author says which one it is.
                Report(IndicatorDiagnostics.DecimalWithoutCombine, pointer, e.Key);
            }
        }

        _combine.TryAdd(e.Key, combine);
        // A decimal is an average or an amount, never a count of people whose small values could name somebody.
        return new DataElement(e.Key, Text(e.Name, pointer + "/name")) { CountsPeople = e.CountsPeople ?? values == ElementValues.Whole, Combine = combine, Values = values };
    }

    private void DataElementReference(string? key, string pointer)
    {
        if (key is not null && !_dataElements.ContainsKey(key))
        {
            Report(ValidationDiagnostics.UnknownDataElement, pointer, key, Suggestions.DidYouMean(key, _dataElements.Keys));
        }
    }
}
