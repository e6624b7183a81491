using System.Linq.Expressions;

namespace Gbv.Domain.Evaluation.Referrals;

/// <summary>Many cases at once: the whole rule set and the loop over the cases compiled as one method.</summary>
public sealed partial class ReferralEngine<T>
{
    /// <summary>
    /// The rules that hold for each of many cases, as bit masks over <see cref="Rules"/>: <c>masks[i]</c> is
    /// <see cref="Fired(T)"/> of <c>records[i]</c>. The loop over the cases is compiled with the rules (on the first
    /// call), so no delegate is called per case; nothing is allocated.
    /// </summary>
    /// <param name="records">The cases; none may be null.</param>
    /// <param name="masks">Where the masks go, at least as long as <paramref name="records"/>.</param>
    /// <exception cref="ArgumentException">A segment has no array, or <paramref name="masks"/> is shorter than <paramref name="records"/>.</exception>
    public void Fired(ArraySegment<T> records, ArraySegment<ulong> masks)
    {
        if (records.Array is null || masks.Array is null)
        {
            throw new ArgumentException("A segment over no array has no cases or masks.", records.Array is null ? nameof(records) : nameof(masks));
        }

        if (masks.Count < records.Count)
        {
            throw new ArgumentException($"{records.Count} cases need {records.Count} masks, not {masks.Count}.", nameof(masks));
        }

        if (records.Count > 0)
        {
            _firedBatch.Value(records.Array, records.Offset, masks.Array, masks.Offset, records.Count);
        }
    }

    // for (i = 0; i < count; i++) { record = records[from + i]; masks[at + i] = <the rule set's mask>; }
    private static Action<T[], int, ulong[], int, int> Batch(ParameterExpression record, Expression mask)
    {
        var records = Expression.Parameter(typeof(T[]), "records");
        var from = Expression.Parameter(typeof(int), "from");
        var masks = Expression.Parameter(typeof(ulong[]), "masks");
        var at = Expression.Parameter(typeof(int), "at");
        var count = Expression.Parameter(typeof(int), "count");
        var i = Expression.Variable(typeof(int), "i");
        var end = Expression.Label("end");
        var loop = Expression.Block(
            [i, record],
            Expression.Assign(i, Expression.Constant(0)),
            Expression.Loop(
                Expression.IfThenElse(
                    Expression.LessThan(i, count),
                    Expression.Block(
                        Expression.Assign(record, Expression.ArrayIndex(records, Expression.Add(from, i))),
                        Expression.Assign(Expression.ArrayAccess(masks, Expression.Add(at, i)), mask),
                        Expression.PreIncrementAssign(i)),
                    Expression.Break(end)),
                end));
        return Compile(Expression.Lambda<Action<T[], int, ulong[], int, int>>(loop, records, from, masks, at, count));
    }
}
