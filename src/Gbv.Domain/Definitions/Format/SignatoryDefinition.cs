namespace Gbv.Domain.Definitions.Format;

/// <summary>The capacity a plan was signed in; never a personal name.</summary>
public sealed class SignatoryDefinition
{
    /// <summary>"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH".</summary>
    public required string Capacity { get; init; }

    /// <summary>The signer's title.</summary>
    public required string Title { get; init; }
}
