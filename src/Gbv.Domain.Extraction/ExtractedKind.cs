namespace Gbv.Domain.Extraction;

/// <summary>The kinds of element the extractor reads; the comparison scores each kind on its own.</summary>
public enum ExtractedKind
{
    /// <summary>The document's number, date, place, issuer and title.</summary>
    Document,

    /// <summary>A document the plan implements, is based on or cites ("Thực hiện / Căn cứ Quyết định số ...").</summary>
    Reference,

    /// <summary>The plan's period, vision year and horizons ("Phấn đấu đến năm 2020").</summary>
    Period,

    /// <summary>A target: comparison, value and horizon ("trên 90%" by 2020).</summary>
    Target,

    /// <summary>A reporting obligation with its frequency and due day ("6 tháng (trước ngày 10/6)").</summary>
    Deadline,

    /// <summary>A campaign window ("từ 15/11 đến 15/12").</summary>
    Campaign,

    /// <summary>An observance day ("Ngày Quốc tế phụ nữ 8/3").</summary>
    Day,

    /// <summary>A mid-term or final review ("sơ kết ... năm 2022, tổng kết ... năm 2025").</summary>
    Review,

    /// <summary>A hotline or service number ("02203.846.333").</summary>
    Service,

    /// <summary>A task or activity with the agencies' roles ("chủ trì", "phối hợp").</summary>
    Task,
}
