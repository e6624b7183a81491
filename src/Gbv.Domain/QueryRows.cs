namespace Gbv.Domain;

/// <summary>Reads a query's rows asynchronously where its provider can (EF Core's queries are asynchronous sequences), without a dependency on the provider.</summary>
internal static class QueryRows
{
    public static async IAsyncEnumerable<TRow> ReadAsync<TRow>(IQueryable<TRow> query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (query is IAsyncEnumerable<TRow> asynchronous)
        {
            await foreach (var row in asynchronous.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }

            yield break;
        }

        foreach (var row in query)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }
}
