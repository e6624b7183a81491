using System.Linq.Expressions;

namespace Gbv.Domain.Conditions;

/// <summary>
/// Turns a bound condition into one expression tree: a single lambda for the whole condition (not a delegate per
/// clause), which compiles to a delegate as fast as the same test written by hand, and which query providers such
/// as EF Core translate to SQL. A test on a missing value is false: <c>age &lt; 16</c> is
/// <c>record.Age.HasValue &amp;&amp; record.Age.Value &lt; 16</c>.
/// </summary>
internal static class ConditionCompiler
{
    /// <summary>The condition as one lambda that query providers translate (no blocks, no local variables).</summary>
    public static Expression<Func<T, bool>> Compile<T>(BoundCondition condition)
    {
        var record = Expression.Parameter(typeof(T), "record");
        return Expression.Lambda<Func<T, bool>>(Build(condition, record, locals: false), record);
    }

    /// <summary>
    /// The condition as one lambda for compiling to a delegate: each test reads its field once into a local, so a
    /// computed member (such as hours since the incident) is not evaluated twice for "present" and "value".
    /// </summary>
    public static Expression<Func<T, bool>> CompileForDelegate<T>(BoundCondition condition)
    {
        var record = Expression.Parameter(typeof(T), "record");
        return Expression.Lambda<Func<T, bool>>(Build(condition, record, locals: true), record);
    }

    /// <summary>The condition's body over a given parameter, for combining many conditions into one lambda.</summary>
    internal static Expression Body(BoundCondition condition, ParameterExpression record) => Build(condition, record, locals: true);

    /// <summary>
    /// Whether the condition could hold once the record's missing values are filled in: a test on a missing value
    /// counts as possibly true, <c>not</c> swaps "possibly" and "certainly" (three-valued logic). Used to tell a
    /// rule that does not apply from one that needs information.
    /// </summary>
    internal static Expression Possible(BoundCondition condition, ParameterExpression record) => Kleene(condition, record, possible: true, locals: true);

    /// <summary>As <see cref="Body"/>, without locals: the form a query provider translates to SQL.</summary>
    internal static Expression QueryBody(BoundCondition condition, ParameterExpression record) => Build(condition, record, locals: false);

    /// <summary>As <see cref="Possible"/>, without locals: the form a query provider translates to SQL.</summary>
    internal static Expression QueryPossible(BoundCondition condition, ParameterExpression record) => Kleene(condition, record, possible: true, locals: false);

    /// <summary>
    /// Whether a missing value can leave the condition undetermined, so that <see cref="Possible"/> differs from
    /// <see cref="Body"/>: only a test other than <c>missing</c>/<c>present</c> on a field whose type can hold no
    /// value (as <see cref="TestOn"/> decides). For any other condition "could hold" is "holds".
    /// </summary>
    internal static bool CanBeUndetermined(BoundCondition condition) => condition switch
    {
        BoundAnd and => CanBeUndetermined(and.Left) || CanBeUndetermined(and.Right),
        BoundOr or => CanBeUndetermined(or.Left) || CanBeUndetermined(or.Right),
        BoundNot not => CanBeUndetermined(not.Operand),
        BoundConstant => false,
        _ => ((BoundTest)condition) is { Kind: not (TestKind.Missing or TestKind.Present) } test
            && test.Field.Accessor.Body.Type is var type && (Nullable.GetUnderlyingType(type) is not null || !type.IsValueType),
    };

    private static Expression Kleene(BoundCondition condition, ParameterExpression record, bool possible, bool locals) => condition switch
    {
        BoundAnd and => Expression.AndAlso(Kleene(and.Left, record, possible, locals), Kleene(and.Right, record, possible, locals)),
        BoundOr or => Expression.OrElse(Kleene(or.Left, record, possible, locals), Kleene(or.Right, record, possible, locals)),
        BoundNot not => Expression.Not(Kleene(not.Operand, record, !possible, locals)),
        BoundConstant constant => Expression.Constant(constant.Value),
        _ => Test((BoundTest)condition, record, locals, possible),
    };

    private static Expression Build(BoundCondition condition, ParameterExpression record, bool locals) => condition switch
    {
        BoundAnd and => Expression.AndAlso(Build(and.Left, record, locals), Build(and.Right, record, locals)),
        BoundOr or => Expression.OrElse(Build(or.Left, record, locals), Build(or.Right, record, locals)),
        BoundNot not => Expression.Not(Build(not.Operand, record, locals)),
        BoundConstant constant => Expression.Constant(constant.Value),
        _ => Test((BoundTest)condition, record, locals, possible: false),
    };

    /// <summary>
    /// One test. With <paramref name="possible"/>, a missing value makes the test true (it could hold once recorded);
    /// with <paramref name="locals"/>, the field is read once into a variable.
    /// </summary>
    private static Expression Test(BoundTest test, ParameterExpression record, bool locals, bool possible)
    {
        var read = new ParameterReplacer(test.Field.Accessor.Parameters[0], record).Visit(test.Field.Accessor.Body);
        var local = locals ? Expression.Variable(read.Type, test.Field.Name) : null;
        var access = (Expression?)local ?? read;
        var result = TestOn(test, access, possible && test.Kind is not (TestKind.Missing or TestKind.Present), locals);
        return local is null ? result : Expression.Block([local], Expression.Assign(local, read), result);
    }

    private static Expression TestOn(BoundTest test, Expression access, bool possible, bool forDelegate)
    {
        Expression? present = null;
        var value = access;
        if (Nullable.GetUnderlyingType(access.Type) is { } underlying)
        {
            // "!= null" and the explicit conversion are HasValue and Value, without looking members up by name. For a
            // delegate, "?? default" reads the value without Value's check, which the "!= null" test has already made.
            present = Expression.NotEqual(access, Expression.Constant(null, access.Type));
            value = forDelegate ? Expression.Coalesce(access, Expression.Default(underlying)) : Expression.Convert(access, underlying);
        }
        else if (!access.Type.IsValueType)
        {
            present = Expression.NotEqual(access, Expression.Constant(null, access.Type));
        }

        switch (test.Kind)
        {
            case TestKind.Missing:
                return present is null ? Expression.Constant(false) : Expression.Not(present);
            case TestKind.Present:
                return present ?? Expression.Constant(true);
        }

        if (possible && present is not null)
        {
            // Missing: could hold once recorded. Present: as the test says.
            return Expression.OrElse(Expression.Not(present), Core(test, value));
        }

        var core = Core(test, value);
        return present is null ? core : Expression.AndAlso(present, core);
    }

    private static Expression Core(BoundTest test, Expression value) => test.Kind switch
        {
            TestKind.Compare => Compare(test.Operator, value, Constant(test.Field, test.Values[0], value.Type)),
            TestKind.In => AnyEqual(test, value),
            TestKind.NotIn => Expression.Not(AnyEqual(test, value)),
            TestKind.Between => Between(test, value),
            TestKind.NotBetween => Expression.Not(Between(test, value)),
            TestKind.HasAny => Mask(test, value, all: false),
            TestKind.HasAll => Mask(test, value, all: true),
            _ => value,
        };

    private static Expression Compare(ComparisonOperator op, Expression left, Expression right) => op switch
    {
        ComparisonOperator.Equal => Expression.Equal(left, right),
        ComparisonOperator.NotEqual => Expression.NotEqual(left, right),
        ComparisonOperator.Less => Expression.LessThan(left, right),
        ComparisonOperator.LessOrEqual => Expression.LessThanOrEqual(left, right),
        ComparisonOperator.Greater => Expression.GreaterThan(left, right),
        _ => Expression.GreaterThanOrEqual(left, right),
    };

    private static Expression AnyEqual(BoundTest test, Expression value) =>
        test.Values.Select(v => (Expression)Expression.Equal(value, Constant(test.Field, v, value.Type))).Aggregate(Expression.OrElse);

    private static Expression Between(BoundTest test, Expression value) =>
        Expression.AndAlso(
            Expression.GreaterThanOrEqual(value, Constant(test.Field, test.Values[0], value.Type)),
            Expression.LessThanOrEqual(value, Constant(test.Field, test.Values[1], value.Type)));

    private static Expression Mask(BoundTest test, Expression value, bool all)
    {
        // (int)record.Violence & mask: plain integer arithmetic, no allocation, and translatable to SQL.
        var underlying = Enum.GetUnderlyingType(value.Type);
        var bits = Expression.Convert(value, underlying);
        var mask = Expression.Constant(Convert.ChangeType((long)test.Values[0], underlying, System.Globalization.CultureInfo.InvariantCulture), underlying);
        var masked = Expression.And(bits, mask);
        return all
            ? Expression.Equal(masked, mask)
            : Expression.NotEqual(masked, Expression.Constant(Convert.ChangeType(0, underlying, System.Globalization.CultureInfo.InvariantCulture), underlying));
    }

    private static ConstantExpression Constant(ConditionField field, object value, Type type) =>
        field.Type == ConditionType.Enumeration
            ? Expression.Constant(Enum.ToObject(type, (long)value), type)
            : Expression.Constant(value, type);

    /// <summary>Rebinds a field accessor's lambda parameter to the parameter of the expression being built.</summary>
    internal sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
