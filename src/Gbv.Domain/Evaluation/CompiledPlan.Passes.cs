using System.Globalization;
using System.Runtime.ExceptionServices;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Evaluation.Referrals;

namespace Gbv.Domain.Evaluation;

// One pass over cases: the tally, the referral summary and the impossible-time check; several passes merge.
public sealed partial class CompiledPlan<T>
{
    private const int ProgressEvery = 1 << 16;

    private static long? Total(IEnumerable<T> cases) => cases switch
    {
        CasePartitions<T> parts => parts.Parts.All(p => p.TryGetNonEnumeratedCount(out _)) ? parts.Parts.Sum(p => (long)p.Count()) : null,
        _ => cases.TryGetNonEnumeratedCount(out var n) ? n : null,
    };

    private Pass CountSequence(IEnumerable<T> cases, ProgressGate gate)
    {
        var pass = new Pass(this);
        foreach (var record in cases)
        {
            pass.Add(record);
            if ((pass.Counter.Read & (ProgressEvery - 1)) == 0)
            {
                gate.Add(ProgressEvery);
            }
        }

        return pass;
    }

    private Pass CountParts(CasePartitions<T> parts, ProgressGate gate)
    {
        var passes = new Pass?[parts.Parts.Length];
        var failures = new Exception?[parts.Parts.Length];
        Parallel.For(0, parts.Parts.Length, new ParallelOptions { MaxDegreeOfParallelism = parts.MaxDegreeOfParallelism }, (i, loop) =>
        {
            try
            {
                passes[i] = CountSequence(parts.Parts[i], gate);
            }
#pragma warning disable CA1031 // Rethrown below, as it is, for the first part that failed.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures[i] = ex;
                // The parts before this one still run, so that the exception thrown does not depend on timing.
                loop.Break();
            }
        });

        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        // In order, so that case numbers in diagnostics are those of the parts read one after the other.
        var all = new Pass(this);
        foreach (var pass in passes)
        {
            all.Merge(pass!);
        }

        return all;
    }

    /// <summary>The counts of one pass; a case whose incident is after its report is remembered by its number (GBV4011).</summary>
    private sealed class Pass(CompiledPlan<T> plan)
    {
        private readonly List<long> _impossible = [];

        public CaseTally<T>.Accumulator Counter { get; } = new(plan.Tally);

        public ReferralEngine<T>.Counter Summary { get; } = new(plan.Referrals);

        public void Add(T record)
        {
            Counter.Add(record);
            Summary.Add(record);
            if (plan._incidentAfterReport is { } impossible && impossible(record))
            {
                _impossible.Add(Counter.Read);
            }
        }

        /// <summary>Appends the counts of a pass over the cases that come after this one's.</summary>
        public void Merge(Pass next)
        {
            var before = Counter.Read;
            _impossible.AddRange(next._impossible.Select(n => n + before));
            Counter.Merge(next.Counter);
            Summary.Merge(next.Summary);
        }

        public List<Diagnostic> Problems(long offset) => [.. _impossible.Select(n => Diagnostic.Create(
            ComplianceDiagnostics.IncidentAfterReport, new SourceLocation("cases", string.Empty, 0, 0), (n + offset).ToString(CultureInfo.InvariantCulture)))];
    }

    /// <summary>Reports progress in increasing order, from whichever thread counts, one report at a time.</summary>
    private sealed class ProgressGate(IProgress<EvaluationProgress>? progress, long? total)
    {
        private readonly Lock _lock = new();
        private long _read;
        private long _reported = -1;

        public void Add(long cases)
        {
            if (progress is null)
            {
                return;
            }

            lock (_lock)
            {
                _read += cases;
                _reported = _read;
                progress.Report(new EvaluationProgress(_read, total));
            }
        }

        public void Done(long read)
        {
            if (progress is null)
            {
                return;
            }

            lock (_lock)
            {
                if (read != _reported)
                {
                    _reported = _read = read;
                    progress.Report(new EvaluationProgress(read, total));
                }
            }
        }
    }
}
