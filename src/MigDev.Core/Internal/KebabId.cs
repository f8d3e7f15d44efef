using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace MigDev.Core.Internal;

/// <summary>The form of the library's canonical ids (agencies, programmes): lower-case ASCII letters and digits in words
/// joined by single hyphens, 1 to 64 characters.</summary>
internal static class KebabId
{
    internal const int MaxLength = 64;

    internal const string Rule = "lower-case letters and digits in words joined by single hyphens, at most 64 characters";

    internal static bool IsValid([NotNullWhen(true)] string? s)
    {
        if (s is null || s.Length is 0 or > MaxLength || s[0] == '-' || s[^1] == '-')
        {
            return false;
        }
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && s[i - 1] != '-')))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The id a text is in any ASCII case (the rule for codes, docs/design-decisions.md): the text with its ASCII
    /// letters in lower case, when that is an id; <see langword="null"/> otherwise. Allocates only for a text with an
    /// upper-case letter.</summary>
    internal static string? Canonical(string? s) =>
        s is null || s.Length is 0 or > MaxLength ? null : AsciiCase.Lower(s) is var lower && IsValid(lower) ? lower : null;

    /// <summary>Why a text is not an id of a kind, with the id it was likely meant to be (<see cref="From"/>) when there
    /// is one: <c>'UN DESA' is not an agency id: expected ..., such as 'un-desa'; did you mean 'un-desa'?</c>.</summary>
    internal static string Describe(string s, string what, string example)
    {
        var meant = From(s, string.Empty);
        return meant.Length > 0
            ? $"'{s}' is not {what}: expected {Rule}, such as '{example}'; did you mean '{meant}'?"
            : $"'{s}' is not {what}: expected {Rule}, such as '{example}'.";
    }

    /// <summary>Makes an id of a text: letters and digits lower-cased (accents dropped: "Côte" is "cote"), every other run
    /// of characters one hyphen, at most <see cref="MaxLength"/> characters; <paramref name="fallback"/> when nothing is
    /// left.</summary>
    internal static string From(string text, string fallback)
    {
        var sb = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var c in NameKey.Decompose(text))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
            if (sb.Length >= MaxLength)
            {
                break;
            }
        }
        var id = sb.ToString().TrimEnd('-');
        return id.Length == 0 ? fallback : id;
    }
}
