using System.Globalization;
using Gbv.Domain.Definitions.Format;

namespace Gbv.Domain.Extraction;

/// <summary>The agencies a draft names, one id each.</summary>
internal static partial class DraftBuilder
{
    /// <summary>Agencies named as written, one id each; the same name is one agency.</summary>
    private sealed class AgencyList
    {
        private readonly Dictionary<string, string> _ids = new(StringComparer.OrdinalIgnoreCase);

        public List<AgencyDefinition> Definitions { get; } = [];

        public string Add(string name, string? id)
        {
            if (_ids.TryGetValue(name, out var known))
            {
                return known;
            }

            var first = id ?? Slug(name);
            id = first;
            for (var n = 2; Definitions.Exists(a => a.Id == id); n++)
            {
                id = first + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            _ids[name] = id;
            Definitions.Add(new AgencyDefinition { Id = id, Name = new() { Vi = name }, Kind = KindOf(name) });
            return id;
        }

        private static string KindOf(string name) =>
            name.Contains("Hội LHPN", StringComparison.OrdinalIgnoreCase) || name.Contains("Phụ nữ", StringComparison.OrdinalIgnoreCase) ? "womens-union"
            : name.Contains("UBND", StringComparison.Ordinal) || name.Contains("Ủy ban nhân dân", StringComparison.OrdinalIgnoreCase) ? "peoples-committee"
            : name.Contains("Lao động", StringComparison.OrdinalIgnoreCase) ? "labour-invalids-social-affairs"
            : "other";
    }
}
