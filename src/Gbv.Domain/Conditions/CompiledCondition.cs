using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Conditions;

/// <summary>
/// A checked condition over records of type <typeparamref name="T"/>: its expression tree (for query providers),
/// a delegate compiled once and cached (for memory), and an explainer. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// Where dynamic code is not supported (Native AOT), the delegate is built by the expression interpreter: the same
/// results, more slowly. <see cref="Interpret"/> evaluates without any compilation at all.
/// </remarks>
/// <typeparam name="T">The record type.</typeparam>
public sealed class CompiledCondition<T>
{
    private readonly BoundCondition _bound;
    private readonly Lazy<Func<T, bool>> _predicate;

    internal CompiledCondition(string text, ConditionSyntax syntax, BoundCondition bound, ImmutableArray<Diagnostic> warnings)
    {
        Text = text;
        Syntax = syntax;
        _bound = bound;
        Warnings = warnings;
        Expression = ConditionCompiler.Compile<T>(bound);
        _predicate = new Lazy<Func<T, bool>>(() =>
            ConditionCompiler.CompileForDelegate<T>(bound).Compile(preferInterpretation: !RuntimeFeature.IsDynamicCodeSupported));
    }

    internal BoundCondition Bound => _bound;

    /// <summary>The fields the condition reads that are missing in a record, in order of first use.</summary>
    internal ImmutableArray<string> MissingFields(T record)
    {
        var missing = ImmutableArray.CreateBuilder<string>();
        Collect(_bound);
        return missing.ToImmutable();

        void Collect(BoundCondition node)
        {
            switch (node)
            {
                case BoundAnd and:
                    Collect(and.Left);
                    Collect(and.Right);
                    break;
                case BoundOr or:
                    Collect(or.Left);
                    Collect(or.Right);
                    break;
                case BoundNot not:
                    Collect(not.Operand);
                    break;
                case BoundTest test when test.Field.CanBeMissing && test.Kind is not (TestKind.Missing or TestKind.Present)
                    && ((Func<T, object?>)test.Field.Read)(record) is null && !missing.Contains(test.Field.Name):
                    missing.Add(test.Field.Name);
                    break;
            }
        }
    }

    /// <summary>The text as given.</summary>
    public string Text { get; }

    /// <summary>The syntax tree; its <c>ToString()</c> is the canonical text.</summary>
    public ConditionSyntax Syntax { get; }

    /// <summary>The condition as one expression tree, for <c>IQueryable</c> providers (EF Core translates it to SQL).</summary>
    public Expression<Func<T, bool>> Expression { get; }

    /// <summary>The condition as a delegate, compiled on first use and then reused.</summary>
    public Func<T, bool> Predicate => _predicate.Value;

    /// <summary>Warnings found when checking (tests that can never hold).</summary>
    public ImmutableArray<Diagnostic> Warnings { get; }

    /// <summary>Whether the condition holds for a record. Never throws for a record's values.</summary>
    public bool Evaluate(T record) => Predicate(record);

    /// <summary>Whether the condition holds, by walking the condition rather than running compiled code.</summary>
    public bool Interpret(T record) => ConditionInterpreter.Evaluate(_bound, record, null);

    /// <summary>Whether the condition holds, with every test and the record's values.</summary>
    public ConditionExplanation Explain(T record)
    {
        var clauses = ImmutableArray.CreateBuilder<ClauseExplanation>();
        var result = ConditionInterpreter.Evaluate(_bound, record, clauses);
        return new ConditionExplanation(Syntax.ToString(), result, clauses.ToImmutable());
    }

    /// <summary>The canonical text.</summary>
    public override string ToString() => Syntax.ToString();
}
