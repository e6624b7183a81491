using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Cli;

/// <summary>Expands the paths given on the command line into plan files, in a stable order.</summary>
internal static class PlanFiles
{
    /// <summary>The files, or null (after saying why on <paramref name="stderr"/>) when a path does not exist.</summary>
    public static List<string>? Find(IEnumerable<string> paths, TextWriter stderr, string language)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories)
                    .Where(f => !f.EndsWith(".tests.json", StringComparison.OrdinalIgnoreCase))
                    .Select(f => f.Replace('\\', '/'))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    Refusal.Write(stderr, language, "File.NoPlanFiles", path);
                    return null;
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                Refusal.Write(stderr, language, "File.NoSuchPath", path);
                return null;
            }
        }

        return files;
    }

    /// <summary>Loads one plan file; on errors prints them to stderr and gives null, so a command can exit 1.</summary>
    public static Plans.Plan? LoadOrReport(string path, string language, TextWriter stderr)
    {
        var loaded = Definitions.PlanLoader.LoadFile(path);
        if (loaded.Plan is null)
        {
            foreach (var d in loaded.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                stderr.WriteLine(d.ToString(language));
            }
        }

        return loaded.Plan;
    }
}
