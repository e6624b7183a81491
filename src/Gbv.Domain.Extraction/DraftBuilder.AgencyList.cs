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

        public string Add(string name, string? id, string? level = null)
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
            var kind = KindOf(name);
            // A national body is at the national level wherever it is named; others take the issuer's level when they
            // are the issuer, and no level otherwise (the text rarely says).
            level = NationalKinds.Contains(kind) ? "national" : level;
            Definitions.Add(new AgencyDefinition { Id = id, Name = new() { Vi = name }, Kind = kind, Level = level });
            return id;
        }

        private static readonly string[] NationalKinds = ["government", "prime-minister", "ministry", "ministry-department", "central-mass-organisation"];

        // National bodies first: "Thủ tướng Chính phủ" is the Prime Minister, not the Government; "Trung ương Hội LHPN
        // Việt Nam" is the Union's central body, not a local one; "Bộ VHTTDL", "Cục Bảo trợ xã hội", "Vụ Gia đình".
        private static string KindOf(string name) =>
            name.StartsWith("Thủ tướng", StringComparison.OrdinalIgnoreCase) ? "prime-minister"
            : name.StartsWith("Chính phủ", StringComparison.OrdinalIgnoreCase) ? "government"
            : name.StartsWith("Bộ ", StringComparison.Ordinal) || name.StartsWith("BỘ ", StringComparison.Ordinal) ? "ministry"
            : name.StartsWith("Cục ", StringComparison.Ordinal) || name.StartsWith("Vụ ", StringComparison.Ordinal) || name.StartsWith("Tổng cục ", StringComparison.Ordinal) ? "ministry-department"
            : name.Contains("Trung ương", StringComparison.OrdinalIgnoreCase) && (name.Contains("Hội", StringComparison.Ordinal) || name.Contains("Đoàn", StringComparison.Ordinal) || name.Contains("Mặt trận", StringComparison.OrdinalIgnoreCase)) ? "central-mass-organisation"
            : name.Contains("Hội LHPN", StringComparison.OrdinalIgnoreCase) || name.Contains("Phụ nữ", StringComparison.OrdinalIgnoreCase) ? "womens-union"
            : name.Contains("UBND", StringComparison.Ordinal) || name.Contains("Ủy ban nhân dân", StringComparison.OrdinalIgnoreCase) ? "peoples-committee"
            : name.Contains("Lao động", StringComparison.OrdinalIgnoreCase) ? "labour-invalids-social-affairs"
            : "other";
    }
}
