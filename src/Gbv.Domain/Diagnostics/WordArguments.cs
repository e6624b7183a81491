using Gbv.Domain.Localization;

namespace Gbv.Domain.Diagnostics;

/// <summary>A diagnostic's argument from a resource file of words: the same key read in each language.</summary>
internal static class WordArguments
{
    /// <summary>The word in both languages, its placeholders (if any) filled with <paramref name="args"/>, already written.</summary>
    public static DiagnosticArgument Argument(this WordSet words, string key, params object?[] args) =>
        args.Length == 0 ? new(words.Get(key, vi: false), words.Get(key, vi: true)) : new(words.Format(key, false, args), words.Format(key, true, args));
}
