namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>Counting cases in memory: a stream, synchronous or asynchronous, in one pass.</summary>
public sealed partial class CaseTally<T>
{
    /// <summary>Counts a stream of cases in one pass.</summary>
    public CaseCounts Count(IEnumerable<T> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var accumulator = new Accumulator(this);
        foreach (var record in cases)
        {
            accumulator.Add(record);
        }

        return accumulator.Result();
    }

    /// <summary>As <see cref="Count(IEnumerable{T})"/>, over an asynchronous stream.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null (thrown at the call, not when awaited).</exception>
    public Task<CaseCounts> CountAsync(IAsyncEnumerable<T> cases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return CountStreamAsync(cases, cancellationToken);
    }

    private async Task<CaseCounts> CountStreamAsync(IAsyncEnumerable<T> cases, CancellationToken cancellationToken)
    {
        var accumulator = new Accumulator(this);
        await foreach (var record in cases.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(record);
        }

        return accumulator.Result();
    }
}
