using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Definitions;

/// <summary>
/// Writes plan files. The output is stable: the same plan always gives the same bytes (properties in a fixed order,
/// two-space indentation, Vietnamese text unescaped, absent values and empty lists left out, a final newline).
/// Reading what was written gives an equal plan.
/// </summary>
public static class PlanDefinitionWriter
{
    private static readonly PlanJsonContext Context = new(new JsonSerializerOptions(PlanJsonContext.Default.Options)
    {
        // Plan files are read by people: keep Vietnamese letters as they are. The output is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        IndentSize = 2,
        NewLine = "\n",
    });

    /// <summary>Writes a definition as JSON text.</summary>
    public static string Write(PlanDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return JsonSerializer.Serialize(definition, Context.PlanDefinition) + "\n";
    }

    /// <summary>Writes a plan as JSON text.</summary>
    public static string Write(Plan plan) => Write(PlanDefinitionMapper.ToDefinition(plan));

    /// <summary>Writes a plan as UTF-8 bytes (no byte order mark).</summary>
    public static byte[] WriteUtf8(Plan plan) => Encoding.UTF8.GetBytes(Write(plan));
}
