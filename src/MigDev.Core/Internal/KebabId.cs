using System.Diagnostics.CodeAnalysis;

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
}
