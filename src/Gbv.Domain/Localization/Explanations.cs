using System.Resources;

namespace Gbv.Domain.Localization;

/// <summary>
/// The words of the answers the package explains: why an indicator has its status, the agenda's titles, who a task is
/// for: <c>Explanations.resx</c> (English, the neutral language) and <c>Explanations.vi.resx</c>.
/// </summary>
internal static class Explanations
{
    /// <summary>The file's words, for the diagnostics' arguments (<c>Gbv.Domain.Diagnostics.WordArguments</c>) and the tests.</summary>
    internal static WordSet Set { get; } = new(new ResourceManager("Gbv.Domain.Localization.Explanations", typeof(Explanations).Assembly), "Explanations.resx");

    /// <summary>The word in the language; a key that is not there is a bug, not a reader's problem.</summary>
    public static string Get(string key, bool vi) => Set.Get(key, vi);

    /// <summary>The word with its placeholders filled; figures are passed already written, so no culture formats them twice.</summary>
    public static string Format(string key, bool vi, params object?[] args) => Set.Format(key, vi, args);

    /// <summary>
    /// The word in both languages, as explanations carry it; an argument that is an <c>(En, Vi)</c> pair fills each
    /// language with its own text, any other fills both.
    /// </summary>
    public static (string En, string Vi) Both(string key, params object?[] args) =>
        args.Length == 0 ? (Get(key, vi: false), Get(key, vi: true)) : (Format(key, false, In(args, vi: false)), Format(key, true, In(args, vi: true)));

    private static object?[] In(object?[] args, bool vi) => Array.ConvertAll(args, a => a is ValueTuple<string, string> pair ? (vi ? pair.Item2 : pair.Item1) : a);
}
