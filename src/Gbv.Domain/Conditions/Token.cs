namespace Gbv.Domain.Conditions;

/// <summary>A token: its kind, where it starts in the text (0-based), its length and its text.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, string Text);
