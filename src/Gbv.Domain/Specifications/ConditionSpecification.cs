using Ardalis.Specification;
using Gbv.Domain.Conditions;

namespace Gbv.Domain.Specifications;

/// <summary>
/// An Ardalis.Specification <see cref="Specification{T}"/> made from a compiled condition: <c>Evaluate</c> runs it in
/// memory, and its Where expression is translated by a query provider (EF Core) when the specification is applied
/// to an <c>IQueryable</c>, so the database selects the rows.
/// </summary>
/// <example>
/// <code>
/// var spec = new ConditionSpecification&lt;Survivor&gt;(Condition.Compile("age &lt; 16", fields).Condition!);
/// var children = db.Survivors.WithSpecification(spec).ToList();   // SQL WHERE (Ardalis.Specification.EntityFrameworkCore)
/// var same = spec.Evaluate(survivorsInMemory).ToList();           // in memory
/// </code>
/// </example>
/// <typeparam name="T">The entity type.</typeparam>
public sealed class ConditionSpecification<T> : Specification<T>
{
    /// <summary>Creates the specification.</summary>
    public ConditionSpecification(CompiledCondition<T> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        Condition = condition;
        Query.Where(condition.Expression);
    }

    /// <summary>The condition the specification applies.</summary>
    public CompiledCondition<T> Condition { get; }
}
