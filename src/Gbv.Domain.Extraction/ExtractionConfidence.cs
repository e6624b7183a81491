namespace Gbv.Domain.Extraction;

/// <summary>How sure the extractor is of an element. Anything below <see cref="High"/> is marked for review.</summary>
public enum ExtractionConfidence
{
    /// <summary>Read from words with one meaning ("trên 90%", "trước ngày 10/6", "Quyết định số 3101/QĐ-UBND").</summary>
    High,

    /// <summary>Read with a documented default (a bare "90%" read as "at least 90%", a horizon taken from the period).</summary>
    Medium,

    /// <summary>Resolved from a table rather than the text (a named day's date), or partly missing (a date with no day).</summary>
    Low,
}
