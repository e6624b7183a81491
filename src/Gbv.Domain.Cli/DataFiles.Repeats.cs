using System.Globalization;
using Gbv.Domain.Cases;
using Gbv.Domain.Cli.Localization;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Cli;

/// <summary>
/// A case id seen twice in the cases file, counted once (GBV4013), in memory that does not grow with the file: the ids
/// go through a fixed-size filter (<see cref="CaseIdFilter"/>); a case the filter cannot tell from one seen before is
/// held back, and the file's ids are read once more to compare the ids themselves, so a repeat is never reported
/// falsely and never missed. Held cases are counted (or refused) when the file ends, when 4,096 are held, or when
/// there are enough of them to stop the run if they all repeat (<c>--max-errors</c>): a run that stops still stops
/// near the row where it did when every id was kept.
/// </summary>
internal sealed partial class DataFiles
{
    private const int HeldAtMost = 4096;

    // Lines of the cases file with a bad value: their ids are no ids (the row was not counted), as before the filter.
    private readonly HashSet<int> _badCaseLines = [];

    /// <summary>The size of the case id filter (<see cref="CaseIdFilter"/>): tests make it tiny.</summary>
    public int IdFilterBlockBits { get; init; } = CaseIdFilter.DefaultBlockBits;

    private IEnumerable<CaseRecord> Once(string path, IEnumerable<(CaseRecord Record, SourceLocation Here)> records, Func<int, IEnumerable<(int Line, string Id)>> ids)
    {
        var filter = new CaseIdFilter(IdFilterBlockBits);
        var held = new List<(CaseRecord Record, SourceLocation Here)>();
        var from = _problems.Count;
        try
        {
            foreach (var (record, here) in records)
            {
                if (record.CaseId.Length == 0 || !filter.Add(CaseIdFilter.Hash(record.CaseId)))
                {
                    yield return record;
                    continue;
                }

                // Settled at 4,096, or as soon as they could be enough repeats to stop the run (--max-errors).
                held.Add((record, here));
                if (held.Count >= Math.Min(HeldAtMost, BadRowsLeft + 1))
                {
                    foreach (var counted in Settle(held, ids))
                    {
                        yield return counted;
                    }
                }
            }

            foreach (var counted in Settle(held, ids))
            {
                yield return counted;
            }
        }
        finally
        {
            // Also when the run stops at --max-errors: what was found is listed in the order of its lines.
            InFileOrder(path, from);
        }
    }

    // The held cases against the file's ids up to the last of them: the first good row with an id is its case.
    private IEnumerable<CaseRecord> Settle(List<(CaseRecord Record, SourceLocation Here)> held, Func<int, IEnumerable<(int Line, string Id)>> ids)
    {
        if (held.Count == 0)
        {
            yield break;
        }

        var wanted = held.Select(h => h.Record.CaseId).ToHashSet(StringComparer.Ordinal);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, id) in ids(held[^1].Here.Line))
        {
            if (wanted.Contains(id) && !_badCaseLines.Contains(line))
            {
                first.TryAdd(id, line);
            }
        }

        var cases = held.ToList();
        held.Clear();
        foreach (var (record, here) in cases)
        {
            if (first.TryGetValue(record.CaseId, out var line) && line < here.Line)
            {
                var earlier = line.ToString(CultureInfo.InvariantCulture);
                _problems.Add(Diagnostic.Create(CaseDataDiagnostics.RepeatedCaseId, here, [CliWords.Format("Data.RepeatedOn", vi: false, earlier)], [CliWords.Format("Data.RepeatedOn", vi: true, earlier)]));
                Fail();
                continue;
            }

            yield return record;
        }
    }

    // A repeat is found after the lines that follow it: the cases file's problems back in the order of their lines.
    private void InFileOrder(string path, int from)
    {
        var at = Enumerable.Range(from, _problems.Count - from).Where(i => _problems[i].Location.File == path).ToList();
        var sorted = at.Select(i => _problems[i]).OrderBy(p => p.Location.Line).ToList();
        for (var i = 0; i < at.Count; i++)
        {
            _problems[at[i]] = sorted[i];
        }
    }
}
