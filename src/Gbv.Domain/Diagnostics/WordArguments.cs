using Gbv.Domain.Localization;

namespace Gbv.Domain.Diagnostics;

/// <summary>A diagnostic's argument from a resource file of words: the same key read in each language.</summary>
internal static class WordArguments
{
    /// <summary>
    /// The word in both languages, its placeholders (if any) filled with <paramref name="args"/>, already written; an
    /// argument that is itself a <see cref="DiagnosticArgument"/> fills each language with its own wording.
    /// </summary>
    public static DiagnosticArgument Argument(this WordSet words, string key, params object?[] args) =>
        args.Length == 0
            ? new(words.Get(key, vi: false), words.Get(key, vi: true))
            : new(words.Format(key, false, In(args, vi: false)), words.Format(key, true, In(args, vi: true)));

    private static object?[] In(object?[] args, bool vi) => Array.ConvertAll(args, a => a is DiagnosticArgument d ? (vi ? d.Vi : d.En) : a);
}
