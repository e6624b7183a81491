namespace Gbv.Domain.Plans;

/// <summary>The kind of a legal or planning document.</summary>
public enum DocumentKind
{
    /// <summary>A plan ("Kế hoạch", KH).</summary>
    Plan = 0,

    /// <summary>A project ("Đề án").</summary>
    Project,

    /// <summary>A programme ("Chương trình").</summary>
    Programme,

    /// <summary>A strategy ("Chiến lược").</summary>
    Strategy,

    /// <summary>A directive ("Chỉ thị", CT).</summary>
    Directive,

    /// <summary>A decision ("Quyết định", QĐ).</summary>
    Decision,

    /// <summary>A resolution ("Nghị quyết").</summary>
    Resolution,

    /// <summary>A law ("Luật").</summary>
    Law,

    /// <summary>A decree ("Nghị định", NĐ).</summary>
    Decree,

    /// <summary>Any other document.</summary>
    Other,
}
