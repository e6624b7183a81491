using Gbv.Domain.Cases;
using NodaTime;

namespace Gbv.Domain.Tests.Conditions;

/// <summary>Random valid conditions over the case fields, and random anonymised cases with missing values.</summary>
internal sealed class RandomConditions(int seed)
{
    private static readonly string[] Comparisons = ["=", "!=", "<", "<=", ">", ">="];
    private static readonly string[] Violence = ["physical", "psychological", "sexual", "economic"];
    private static readonly string[] Risks = ["low", "medium", "high", "life-threatening"];
    private static readonly string[] Incidents = ["rape", "sexual-assault", "physical-assault", "forced-marriage", "denial-of-resources", "psychological-abuse"];
    private static readonly string[] Units = ["\"u-1\"", "\"u-2\"", "\"u-3\""];

    private readonly Random _random = new(seed);

    public string Condition(int depth = 0)
    {
        if (depth >= 4 || _random.NextDouble() < 0.35)
        {
            return Predicate();
        }

        return _random.Next(4) switch
        {
            0 => $"{Condition(depth + 1)} and {Condition(depth + 1)}",
            1 => $"{Condition(depth + 1)} or {Condition(depth + 1)}",
            2 => $"not {Wrap(Condition(depth + 1))}",
            _ => Wrap(Condition(depth + 1)),
        };
    }

    private static string Wrap(string condition) => "(" + condition + ")";

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private string List(string[] items) => "[" + string.Join(", ", items.OrderBy(_ => _random.Next()).Take(_random.Next(1, items.Length + 1))) + "]";

    private string Predicate() => _random.Next(14) switch
    {
        0 => $"age {Pick(Comparisons)} {_random.Next(0, 40)}",
        1 => $"age {(_random.Next(2) == 0 ? "" : "not ")}between {_random.Next(0, 20)} and {_random.Next(10, 40)}",
        2 => $"age {(_random.Next(2) == 0 ? "in" : "not in")} [{_random.Next(0, 20)}, {_random.Next(10, 20)}]",
        3 => $"violence has {Pick(Violence)}",
        4 => $"violence has {(_random.Next(2) == 0 ? "any" : "all")} {List(Violence)}",
        5 => $"risk {(_random.Next(2) == 0 ? "=" : "!=")} {Pick(Risks)}",
        6 => $"risk {(_random.Next(2) == 0 ? "in" : "not in")} {List(Risks)}",
        7 => $"incidentType = {Pick(Incidents)}",
        8 => Pick(["trafficking", "domestic", "consent", "trafficking = false", "consent != true"]),
        9 => $"hoursSinceIncident {Pick(Comparisons)} {_random.Next(0, 200)}",
        10 => $"unit {(_random.Next(2) == 0 ? "=" : "!=")} {Pick(Units)}",
        11 => $"{Pick(["age", "risk", "unit", "incidentAt", "reportedAt", "sex", "hoursSinceIncident", "incidentType"])} is {(_random.Next(2) == 0 ? "missing" : "present")}",
        12 => $"sex {(_random.Next(2) == 0 ? "=" : "!=")} {Pick(["female", "male", "other"])}",
        _ => $"unit in [{string.Join(", ", Units.Take(_random.Next(1, 4)))}]",
    };

    public CaseRecord Case(int index)
    {
        var incident = Instant.FromUtc(2024, 1, 1, 0, 0) + Duration.FromHours(_random.Next(0, 5000));
        return new CaseRecord
        {
            CaseId = $"case-{index}",
            Age = _random.Next(5) == 0 ? null : _random.Next(0, 40),
            Sex = _random.Next(4) == 0 ? null : (Sex)_random.Next(3),
            Violence = (ViolenceKinds)_random.Next(16),
            IncidentType = _random.Next(3) == 0 ? null : (IncidentType)_random.Next(6),
            Trafficking = _random.Next(2) == 0,
            Domestic = _random.Next(2) == 0,
            Consent = _random.Next(2) == 0,
            Risk = _random.Next(4) == 0 ? null : (RiskLevel)_random.Next(4),
            IncidentAt = _random.Next(5) == 0 ? null : incident,
            ReportedAt = _random.Next(5) == 0 ? null : incident + Duration.FromHours(_random.Next(-5, 200)),
            Unit = _random.Next(4) == 0 ? null : $"u-{_random.Next(1, 4)}",
        };
    }
}
