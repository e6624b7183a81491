namespace Gbv.Domain.Plans;

/// <summary>How a plan relates to a document it names.</summary>
public enum ReferenceRelation
{
    /// <summary>The plan carries the document out ("Thực hiện", "Triển khai thực hiện"): a parent document.</summary>
    Implements = 0,

    /// <summary>The plan is issued on the basis of the document ("Căn cứ").</summary>
    BasedOn,

    /// <summary>The document is mentioned in the body, for example as a programme to combine with.</summary>
    Cites,
}
