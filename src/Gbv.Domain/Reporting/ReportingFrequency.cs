namespace Gbv.Domain.Reporting;

/// <summary>How often a report is due.</summary>
public enum ReportingFrequency
{
    /// <summary>Every month ("hàng tháng").</summary>
    Monthly = 0,

    /// <summary>Every quarter ("hàng quý").</summary>
    Quarterly,

    /// <summary>Every six months ("6 tháng").</summary>
    SixMonthly,

    /// <summary>Every year ("01 năm", "hàng năm").</summary>
    Annual,

    /// <summary>On request ("đột xuất", "khi có yêu cầu").</summary>
    AdHoc,

    /// <summary>Once, by a fixed date.</summary>
    Once,

    /// <summary>The plan names the report but not how often ("theo quy định": as regulated).</summary>
    Unspecified,
}
