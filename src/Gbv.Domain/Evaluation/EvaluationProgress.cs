namespace Gbv.Domain.Evaluation;

/// <summary>
/// How far an evaluation has read its cases, reported through <see cref="IProgress{T}"/> by
/// <see cref="CompiledPlan{T}.Evaluate(IComplianceData{T}, NodaTime.Instant, IProgress{EvaluationProgress}?)"/>: now and
/// then while cases are read (every 65,536 cases or so), and once at the end. <see cref="CasesRead"/> never goes down
/// from one report to the next.
/// </summary>
/// <param name="CasesRead">The cases counted so far.</param>
/// <param name="CasesTotal">How many cases there are, when the source knows without being read (a list, an array); otherwise null.</param>
public sealed record EvaluationProgress(long CasesRead, long? CasesTotal);
