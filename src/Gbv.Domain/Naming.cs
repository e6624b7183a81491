using System.Text;

namespace Gbv.Domain;

/// <summary>How enumeration members are written in plan files and conditions.</summary>
internal static class Naming
{
    /// <summary>PascalCase to kebab-case: <c>SixMonthly</c> is <c>six-monthly</c>, <c>LifeThreatening</c> is <c>life-threatening</c>.</summary>
    public static string Kebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var ch = pascal[i];
            if (char.IsUpper(ch) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(ch));
        }

        return builder.ToString();
    }
}
