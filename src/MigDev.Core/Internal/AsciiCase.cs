namespace MigDev.Core.Internal;

/// <summary>ASCII case folding for codes, which are ASCII (docs/design-decisions.md, "One rule for codes"): only
/// <c>A</c>-<c>Z</c> and <c>a</c>-<c>z</c> change, so no culture, and no other letter (<c>İ</c>, the Kelvin sign), can
/// turn a text into a code.</summary>
internal static class AsciiCase
{
    /// <summary>An ASCII lower-case letter in upper case; any other character as it is.</summary>
    internal static char Upper(char c) => char.IsAsciiLetterLower(c) ? (char)(c - ('a' - 'A')) : c;

    /// <summary>The text with its ASCII letters in upper case; the same instance when none is lower case.</summary>
    internal static string Upper(string text) => text.AsSpan().ContainsAnyInRange('a', 'z')
        ? string.Create(text.Length, text, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = Upper(s[i]);
            }
        })
        : text;

    /// <summary>The text with its ASCII letters in lower case; the same instance when none is upper case.</summary>
    internal static string Lower(string text) => text.AsSpan().ContainsAnyInRange('A', 'Z')
        ? string.Create(text.Length, text, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = char.IsAsciiLetterUpper(s[i]) ? (char)(s[i] + ('a' - 'A')) : s[i];
            }
        })
        : text;
}
