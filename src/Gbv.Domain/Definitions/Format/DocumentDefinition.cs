namespace Gbv.Domain.Definitions.Format;

/// <summary>The plan as a document.</summary>
public sealed class DocumentDefinition
{
    /// <summary>Document kind; default <c>plan</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>The number such as <c>13/KH-BTV</c>; null where the source has none.</summary>
    public string? Number { get; init; }

    /// <summary>Issue date: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    public string? Issued { get; init; }

    /// <summary>Place of issue.</summary>
    public string? Place { get; init; }

    /// <summary>The id of the issuing agency; absent only when <c>unknown</c> lists <c>issuer</c>.</summary>
    public string? Issuer { get; init; }

    /// <summary>What the source does not give: <c>kind</c>, <c>number</c>, <c>date</c>, <c>issuer</c>.</summary>
    public IReadOnlyList<string>? Unknown { get; init; }

    /// <summary>Signing capacity and title (never a name).</summary>
    public SignatoryDefinition? Signatory { get; init; }
}
