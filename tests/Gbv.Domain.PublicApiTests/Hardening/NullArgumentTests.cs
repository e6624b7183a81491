using System.Collections;
using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation;
using NodaTime;

namespace Gbv.Domain.Tests.Hardening;

/// <summary>
/// Every public constructor and method of the packages, given null where its signature does not allow null, throws
/// <see cref="ArgumentNullException"/> naming that parameter, before it does anything else: a caller's mistake is
/// reported where it is made, never as a <see cref="NullReferenceException"/> later. The other arguments are real
/// values gathered from the seed plans and an evaluation of them, so a method is reached as a caller would reach it.
/// </summary>
public sealed class NullArgumentTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly Assembly[] Packages =
    [
        typeof(CaseRecord).Assembly, typeof(Gbv.Domain.Testing.PlanAssert).Assembly, typeof(Gbv.Domain.Extraction.PlanExtractor).Assembly,
        typeof(Gbv.Domain.ICalendar.ICalendarExport).Assembly,
    ];

    [Fact]
    public void Every_non_nullable_reference_parameter_of_the_public_api_is_checked_for_null()
    {
        var samples = Samples.Gather();
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var member in PublicMembers())
        {
            var parameters = member.GetParameters();
            for (var i = 0; i < parameters.Length; i++)
            {
                if (!MustNotBeNull(parameters[i]))
                {
                    continue;
                }

                var arguments = new object?[parameters.Length];
                var complete = true;
                Type? missing = null;
                for (var j = 0; j < parameters.Length; j++)
                {
                    if (j == i)
                    {
                        continue;
                    }

                    if (!samples.TryGet(parameters[j].ParameterType, out arguments[j]))
                    {
                        missing = parameters[j].ParameterType;
                        complete = false;
                        break;
                    }
                }

                object? target = null;
                if (complete && member is MethodInfo { IsStatic: false } && !samples.TryGet(member.DeclaringType!, out target))
                {
                    missing = member.DeclaringType;
                    complete = false;
                }

                if (!complete)
                {
                    failures.Add($"{Name(member)}: no sample {missing} to call it with (add one to Samples)");
                    continue;
                }

                checkedCount++;
                var thrown = Invoke(member, target, arguments);
                if (thrown is not ArgumentNullException nullArgument || nullArgument.ParamName != parameters[i].Name)
                {
                    failures.Add($"{Name(member)}({parameters[i].Name}: null): " + (thrown is null ? "no exception" : $"{thrown.GetType().Name}: {thrown.Message.Split('\n')[0]}"));
                }
            }
        }

        Assert.True(checkedCount > 100, $"only {checkedCount} parameters were checked");
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount}:\n" + string.Join('\n', failures));
    }

    private static Exception? Invoke(MethodBase member, object? target, object?[] arguments)
    {
        try
        {
            var result = member is ConstructorInfo constructor ? constructor.Invoke(arguments) : member.Invoke(target, arguments);

            // A task that failed with the null is a caller's mistake reported late: at the await, not at the call.
            if (result is Task { IsFaulted: true } task)
            {
                return new InvalidOperationException("the task failed instead of the call: " + task.Exception!.InnerException!.Message);
            }

            // Lazy sequences check their arguments when they are called, not when they are first read.
            if (result is IEnumerable sequence and not string)
            {
                sequence.GetEnumerator().MoveNext();
            }

            return null;
        }
        catch (TargetInvocationException e)
        {
            return e.InnerException;
        }
#pragma warning disable CA1031 // Any other failure is the finding.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return e;
        }
    }

    private static IEnumerable<MethodBase> PublicMembers()
    {
        foreach (var type in Packages.SelectMany(a => a.GetExportedTypes()).Where(t => !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t) && !t.IsInterface))
        {
            var closed = type.IsGenericTypeDefinition ? Close(type) : type;
            if (closed is null)
            {
                continue;
            }

            const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var constructor in closed.GetConstructors(Flags))
            {
                yield return constructor;
            }

            foreach (var method in closed.GetMethods(Flags).Where(m => !m.IsSpecialName && !IsRecordPlumbing(m)))
            {
                var m = method.IsGenericMethodDefinition ? Close(method) : method;
                if (m is not null)
                {
                    yield return m;
                }
            }
        }
    }

    // Equals, PrintMembers and the copy constructor of records take null by contract.
    private static bool IsRecordPlumbing(MethodInfo method) => method.Name is "Equals" or "PrintMembers" or "<Clone>$" or "Deconstruct";

    private static Type? Close(Type type)
    {
        try
        {
            return type.MakeGenericType([.. type.GetGenericArguments().Select(_ => typeof(CaseRecord))]);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static MethodInfo? Close(MethodInfo method)
    {
        try
        {
            return method.MakeGenericMethod([.. method.GetGenericArguments().Select(_ => typeof(CaseRecord))]);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool MustNotBeNull(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type.IsValueType || type.IsByRef || type.IsPointer || parameter.IsOut)
        {
            return false;
        }

        if (parameter.HasDefaultValue && parameter.DefaultValue is null)
        {
            return false;
        }

        return Nullability.Create(parameter).WriteState == NullabilityState.NotNull;
    }

    // Written for this test: a consistency rule that the figures break, and a task with a minimum frequency.
    private const string RuledPlan = """
        {
          "format": "gbv-plan/1", "id": "ruled", "title": { "vi": "Thử" }, "document": { "issuer": "ubnd" }, "level": "commune",
          "period": { "from": 2025, "to": 2025 },
          "agencies": [ { "id": "ubnd", "name": { "vi": "UBND xã" }, "kind": "peoples-committee" } ],
          "dataElements": [ { "key": "helped", "name": { "vi": "được giúp" } }, { "key": "needing", "name": { "vi": "cần giúp" } } ],
          "tasks": [ { "id": "training", "title": { "vi": "Tập huấn" }, "lead": "ubnd", "recurrence": "annual",
            "minimumFrequency": { "count": 1, "per": "year" }, "source": "ít nhất 01 lần/năm" } ],
          "consistencyRules": [ { "key": "helped-within-needing", "title": { "vi": "Được giúp không quá cần giúp" },
            "left": "helped", "operator": "at-most", "right": "needing" } ]
        }
        """;

    private static string Name(MethodBase member) =>
        $"{member.DeclaringType!.FullName?.Split('`')[0]}.{(member is ConstructorInfo ? "ctor" : member.Name)}";

    /// <summary>One value of each type the public API takes, gathered from real plans, their compiled form and a report.</summary>
    private sealed class Samples
    {
        private readonly Dictionary<Type, object> _byType = [];

        private readonly HashSet<object> _visited = new(ReferenceEqualityComparer.Instance);

        public static Samples Gather()
        {
            var samples = new Samples();
            var roots = new List<object>();
            foreach (var (_, planFile) in TestFiles.Seeds)
            {
                var loaded = Gbv.Domain.Definitions.PlanLoader.LoadFile(planFile);
                roots.Add(loaded);
                roots.Add(Gbv.Domain.Definitions.PlanDefinitionReader.ReadFile(planFile));
                var compiled = ComplianceEngine.LoadFile(planFile);
                roots.Add(compiled);
                if (compiled.CompiledPlan is { } plan)
                {
                    var data = new ComplianceData<CaseRecord>
                    {
                        Cases = [new CaseRecord { CaseId = "c-1", Age = 12, Unit = "xa-a", ReportedAt = Instant.FromUtc(2020, 5, 1, 3, 0) }],
                    };
                    roots.Add(data);
                    roots.Add(plan.Evaluate(data, Instant.FromUtc(2020, 12, 31, 16, 0)));
                    roots.Add(plan.Referrals.Decide(
                        new CaseRecord { CaseId = "c-4", Age = 30, Violence = ViolenceKinds.Sexual, ReportedAt = Instant.FromUtc(2020, 5, 1, 3, 0), IncidentAt = Instant.FromUtc(2020, 5, 1, 1, 0) },
                        Instant.FromUtc(2020, 5, 1, 4, 0),
                        null));
                }
            }

            var condition = Gbv.Domain.Conditions.Condition.Compile("age < 16", CaseFields.Map);
            roots.Add(condition);
            roots.Add(condition.Condition!.Explain(new CaseRecord { CaseId = "c-3", Age = 12 }));
            var ruled = ComplianceEngine.Load(RuledPlan).CompiledPlan!;
            roots.Add(ruled.Evaluate(
                new ComplianceData<CaseRecord> { ReportedValues = [new("xa-a", 2025, "helped", 7), new("xa-a", 2025, "needing", 6)] },
                Instant.FromUtc(2026, 2, 28, 17, 0)));
            roots.Add(Gbv.Domain.Conditions.Condition.Parse("age < 16"));
            roots.Add(CaseFields.Map);
            roots.Add(Gbv.Domain.Evaluation.Indicators.ConformanceChecker.Check(TestFiles.LoadPlan(TestFiles.CanThoLinkedToParent()), TestFiles.LoadPlan(TestFiles.CanThoParentPlan("at-least", 80, 2024))));
            roots.Add(Gbv.Domain.Referrals.ReferralRuleSet.Defaults);
            roots.Add(Gbv.Domain.Time.WorkingCalendar.Vietnam);
            var extraction = Gbv.Domain.Extraction.PlanExtractor.Extract(File.ReadAllText(TestFiles.Seeds[1].Seed));
            roots.Add(extraction);
            roots.Add(extraction.Elements.OfType<Gbv.Domain.Extraction.ExtractedTask>().First());
            roots.Add(Gbv.Domain.Extraction.ExtractionComparer.Compare(extraction.Draft!, Gbv.Domain.Definitions.PlanDefinitionReader.ReadFile(TestFiles.Seeds[1].Plan).Definition!)[0]);
            roots.Add(Gbv.Domain.Scenarios.ScenarioRunner.RunFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.tests.json")));
            foreach (var root in roots)
            {
                samples.Walk(root, 0);
            }

            samples.Add(typeof(string), "x");
            samples.Add(typeof(TextWriter), new StringWriter());
            samples.Add(typeof(Stream), new MemoryStream([]));
            samples.Add(typeof(CaseRecord), new CaseRecord { CaseId = "c-2" });
            samples.Add(typeof(object), "x");
            samples.Add(typeof(Exception), new InvalidOperationException("x"));
            return samples;
        }

        public bool TryGet(Type type, out object? value)
        {
            if (_byType.TryGetValue(type, out var found))
            {
                value = found;
                return true;
            }

            if (Nullable.GetUnderlyingType(type) is not null)
            {
                value = null;
                return true;
            }

            if (type.IsByRef)
            {
                return TryGet(type.GetElementType()!, out value);
            }

            value = Make(type);
            return value is not null;
        }

        private void Add(Type type, object value) => _byType.TryAdd(type, value);

        private void Walk(object? value, int depth)
        {
            if (value is null || depth > 10 || value is string || value.GetType().IsPrimitive)
            {
                return;
            }

            var type = value.GetType();
            if (!type.IsValueType && !_visited.Add(value))
            {
                return;
            }

            _byType.TryAdd(type, value);

            for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                _byType.TryAdd(baseType, value);
            }

            foreach (var face in type.GetInterfaces())
            {
                _byType.TryAdd(face, value);
            }

            if (value is IEnumerable sequence)
            {
                foreach (var item in sequence.Cast<object?>().Take(20))
                {
                    Walk(item is DictionaryEntry entry ? entry.Value : item, depth + 1);
                }
            }

            if (!Packages.Contains(type.Assembly))
            {
                return;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                object? inner;
                try
                {
                    inner = property.GetValue(value);
                }
                catch (TargetInvocationException)
                {
                    continue;
                }

                Walk(inner, depth + 1);
            }
        }

        private object? Make(Type type)
        {
            if (type.IsValueType)
            {
                return Activator.CreateInstance(type);
            }

            if (type.IsArray)
            {
                return Array.CreateInstance(type.GetElementType()!, 0);
            }

            if (type.IsGenericType)
            {
                var definition = type.GetGenericTypeDefinition();
                var args = type.GetGenericArguments();
                if (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IList<>))
                {
                    return Array.CreateInstance(args[0], 0);
                }

                if (definition == typeof(IReadOnlySet<>) || definition == typeof(ISet<>))
                {
                    return Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(args));
                }

                if (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>))
                {
                    return Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(args));
                }

                if (definition == typeof(Expression<>))
                {
                    var signature = args[0].GetMethod("Invoke")!;
                    var parameters = signature.GetParameters().Select(p => Expression.Parameter(p.ParameterType)).ToArray();
                    return Expression.Lambda(args[0], Expression.Default(signature.ReturnType), parameters);
                }

                if (definition == typeof(IProgress<>))
                {
                    return Activator.CreateInstance(typeof(Progress<>).MakeGenericType(args));
                }
            }

            if (typeof(Delegate).IsAssignableFrom(type))
            {
                var signature = type.GetMethod("Invoke")!;
                var parameters = signature.GetParameters().Select(p => Expression.Parameter(p.ParameterType)).ToArray();
                return Expression.Lambda(type, Expression.Default(signature.ReturnType), parameters).Compile();
            }

            if (type == typeof(IQueryable<CaseRecord>))
            {
                return Array.Empty<CaseRecord>().AsQueryable();
            }

            return !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is { } empty ? empty.Invoke(null) : null;
        }
    }
}
