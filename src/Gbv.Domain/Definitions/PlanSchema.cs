using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Gbv.Domain.Agencies;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;
using Gbv.Domain.Reporting;
using Gbv.Domain.Tasks;

namespace Gbv.Domain.Definitions;

/// <summary>
/// The JSON Schema (draft 2020-12) of the plan format <c>gbv-plan/1</c>, for editors and other tools. The same
/// file is in the repository's <c>schema/</c> folder and in the package. The reader does not need it: it checks
/// the same contract and more, with better messages.
/// </summary>
public static class PlanSchema
{
    /// <summary>The schema's <c>$id</c>.</summary>
    public const string Id = "https://raw.githubusercontent.com/gbv-domain/Gbv.Domain/main/schema/gbv-plan.v1.schema.json";

    /// <summary>The schema as JSON text.</summary>
    public static string Json { get; } = LoadEmbedded();

    private static string LoadEmbedded()
    {
        using var stream = typeof(PlanSchema).Assembly.GetManifestResourceStream("Gbv.Domain.schema.gbv-plan.v1.schema.json")
            ?? throw new InvalidOperationException("The plan schema is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Builds the schema from the format's source-generated contract; the shipped file must equal this.</summary>
    internal static string Generate()
    {
        var options = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var schema = (JsonObject)JsonSchemaExporter.GetJsonSchemaAsNode(PlanJsonContext.Default.PlanDefinition, options);
        return Document(schema, Id, "Gbv.Domain plan definition, format gbv-plan/1",
            "A plan against domestic and gender-based violence. See docs/plan-format.md and docs/diagnostics.md.");
    }

    /// <summary>An exported schema with its header ($schema, $id, title, description) first, as stable indented text.</summary>
    internal static string Document(JsonObject schema, string id, string title, string description)
    {
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = id,
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }

        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node)
    {
        if (node is not JsonObject schema)
        {
            return node;
        }

        if (schema.ContainsKey("properties"))
        {
            schema["additionalProperties"] = false;
        }

        if (context.PropertyInfo is not { } property)
        {
            return schema;
        }

        var nullable = schema["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");
        var declaring = property.DeclaringType;
        var keywords = Keywords(declaring, property.Name);
        if (keywords is not null)
        {
            var values = new JsonArray([.. keywords.Select(k => (JsonNode)k)]);
            if (nullable)
            {
                values.Add(null);
            }

            schema["enum"] = values;
        }

        if (ItemKeywords(declaring, property.Name) is { } items && schema["items"] is JsonObject item)
        {
            item["enum"] = new JsonArray([.. items.Select(k => (JsonNode)k)]);
        }

        var pattern = Pattern(declaring, property.Name);
        if (pattern is not null)
        {
            schema["pattern"] = pattern;
        }

        if (declaring == typeof(PlanDefinition) && property.Name == "format")
        {
            schema["const"] = PlanValidator.FormatVersion;
        }

        return schema;
    }

    private static IEnumerable<string>? Keywords(Type declaring, string name) => (declaring.Name, name) switch
    {
        (nameof(DocumentDefinition), "kind") or (nameof(ReferenceDefinition), "kind") => Keywords<DocumentKind>.Names,
        (nameof(ReferenceDefinition), "relation") => Keywords<ReferenceRelation>.Names,
        (nameof(AgencyDefinition), "kind") => Keywords<AgencyKind>.Names,
        (nameof(TaskDefinition), "recurrence") => Keywords<Recurrence>.Names,
        (nameof(MinimumFrequencyDefinition), "per") or (nameof(EventMetricDefinition), "per") => Keywords<FrequencyUnit>.Names,
        (nameof(ThresholdDefinition), "comparison") => Keywords<Comparison>.Names,
        (nameof(ThresholdDefinition), "unit") => Keywords<ThresholdUnit>.Names,
        (nameof(IndicatorDefinition), "missing") or (nameof(ConsistencyRuleDefinition), "missing") => Keywords<MissingValueStrategy>.Names,
        (nameof(DataElementDefinition), "combine") => Keywords<ElementCombine>.Names,
        (nameof(DataElementDefinition), "values") => Keywords<ElementValues>.Names,
        (nameof(IndicatorDefinition), "direction") => Keywords<Direction>.Names,
        (nameof(DueDefinition), "roll") => Keywords<DueRoll>.Names,
        (nameof(CutOffDefinition), "preset") => [Decree09CutOff.Name],
        (nameof(ConsistencyRuleDefinition), "operator") => Keywords<RuleOperator>.Names,
        (nameof(ConsistencyRuleDefinition), "importance") => Keywords<Importance>.Names,
        (nameof(ObligationDefinition), "frequency") => Keywords<ReportingFrequency>.Names,
        (nameof(DueDefinition), "rule") => ["before", "on-or-before", "on-request", "unstated"],
        (nameof(MilestoneDefinition), "kind") => Keywords<MilestoneKind>.Names,
        (nameof(ServiceDefinition), "kind") => Keywords<ServiceKind>.Names,
        (nameof(ReferralRuleDefinition), "consent") => Keywords<ConsentRequirement>.Names,
        (nameof(ReferralRuleDefinition), "urgency") => Keywords<Urgency>.Names,
        (nameof(ReferralRuleDefinition), "windowFrom") => Keywords<WindowStart>.Names,
        (_, "sourceKind") => Keywords<SourceKind>.Names,
        (nameof(IndicatorDefinition), "base") => Keywords<PopulationBase>.Names,
        _ => null,
    };

    /// <summary>The keywords of a list's items: what a document or a period can leave unknown.</summary>
    private static IEnumerable<string>? ItemKeywords(Type declaring, string name) => (declaring.Name, name) switch
    {
        (nameof(DocumentDefinition), "unknown") or (nameof(ReferenceDefinition), "unknown") =>
            [Keywords<UnknownFact>.Name(UnknownFact.Kind), Keywords<UnknownFact>.Name(UnknownFact.Number), Keywords<UnknownFact>.Name(UnknownFact.Date), Keywords<UnknownFact>.Name(UnknownFact.Issuer)],
        (nameof(PeriodDefinition), "unknown") => [Keywords<UnknownFact>.Name(UnknownFact.From)],
        _ => null,
    };

    private const string IdPattern = "^[a-z0-9][a-z0-9._-]*$";
    private const string LevelPattern = "^[a-z][a-z0-9-]*$";
    private const string PartialDatePattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";
    private const string AnnualDatePattern = "^[0-9]{2}-[0-9]{2}$";

    private static string? Pattern(Type declaring, string name) => (declaring.Name, name) switch
    {
        (_, "id") or (_, "key") or (_, "lead") or (_, "via") or (_, "recipient") or (_, "issuer") when declaring != typeof(ReferenceDefinition) => IdPattern,
        (nameof(IndicatorDefinition), "ofWhich") or (nameof(TaskDefinition), "campaign") or (nameof(ReferralRuleDefinition), "service")
            or (nameof(ReferenceDefinition), "plan") or (nameof(ServiceDefinition), "operator") or (nameof(MilestoneDefinition), "responsible") => IdPattern,
        (_, "level") => LevelPattern,
        (nameof(DocumentDefinition), "issued") or (nameof(ReferenceDefinition), "date") => PartialDatePattern,
        (nameof(CampaignDefinition), "from") or (nameof(CampaignDefinition), "to") or (nameof(ObservanceDayDefinition), "date") => AnnualDatePattern,
        (nameof(DueDefinition), "date") => "^([0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{2}-[0-9]{2})$",
        (nameof(ReferralRuleDefinition), "window") => "^[1-9][0-9]{0,4}[hd]$",
        (nameof(IndicatorDefinition), "implements") => "^[a-z0-9][a-z0-9._-]*#[a-z0-9][a-z0-9._-]*$",
        _ => null,
    };
}
