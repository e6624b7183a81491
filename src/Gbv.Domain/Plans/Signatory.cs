namespace Gbv.Domain.Plans;

/// <summary>
/// The capacity in which a plan was signed ("TM. Ban Thường vụ", "KT. Chủ tịch" and the signer's title).
/// Deliberately carries no personal name: plan files in this project never hold names of people.
/// </summary>
/// <param name="Capacity">"On behalf of" line, such as "TM. ỦY BAN NHÂN DÂN HUYỆN" or "KT. CHỦ TỊCH".</param>
/// <param name="Title">The signer's title, such as "Phó Chủ tịch".</param>
public sealed record Signatory(string Capacity, string Title)
{
    /// <summary>"On behalf of" line, such as "TM. ỦY BAN NHÂN DÂN HUYỆN" or "KT. CHỦ TỊCH".</summary>
    public string Capacity { get; init; } = Capacity ?? throw new ArgumentNullException(nameof(Capacity));

    /// <summary>The signer's title, such as "Phó Chủ tịch".</summary>
    public string Title { get; init; } = Title ?? throw new ArgumentNullException(nameof(Title));
}
