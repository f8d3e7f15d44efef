using System.Globalization;
using System.Text;

namespace MigDev.Core.Internal;

/// <summary>The key under which names of countries, regions and agencies are compared.</summary>
internal static class NameKey
{
    /// <summary>
    /// The form in which names are compared: case, diacritics, apostrophe and quote styles, a leading "the", a trailing
    /// "(the)", and runs of spaces do not matter ("the Republic of Moldova", "Côte d’Ivoire" = "cote d'ivoire").
    /// </summary>
    internal static string Normalize(string name)
    {
        var decomposed = Decompose(name);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var ch = c switch
            {
                '\u2019' or '\u2018' or '`' or '\u00B4' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(ch);
        }
        var result = sb.ToString();
        if (result.StartsWith("the ", StringComparison.Ordinal))
        {
            result = result[4..];
        }
        if (result.EndsWith(" (the)", StringComparison.Ordinal))
        {
            result = result[..^6];
        }
        return result;
    }

    /// <summary>
    /// <see cref="Normalize"/> with punctuation ignored too: every run of characters that are not letters or digits is one
    /// space, and a leading "the" goes ("UK - Department for International Development" = "uk department for international
    /// development"; the id "european-union" = "European Union").
    /// </summary>
    internal static string Loose(string name)
    {
        var normal = Normalize(name);
        var sb = new StringBuilder(normal.Length);
        foreach (var c in normal)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }
        var result = sb.ToString().TrimEnd(' ');
        return result.StartsWith("the ", StringComparison.Ordinal) ? result[4..] : result;
    }

    /// <summary>The text in Unicode normalization form D, what <see cref="string.Normalize()"/> refuses (a lone surrogate,
    /// a noncharacter such as U+FFFE) replaced by U+FFFD first: such a text is no name, and compares equal to none.</summary>
    internal static string Decompose(string text)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF')
            {
                return Sanitized(text).Normalize(NormalizationForm.FormD);
            }
        }
        return text.Normalize(NormalizationForm.FormD);
    }

    private static string Sanitized(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            // EnumerateRunes gives U+FFFD for a lone surrogate; noncharacters are U+FDD0-U+FDEF and the last two of each plane.
            var noncharacter = rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE;
            sb.Append(noncharacter ? Rune.ReplacementChar.ToString() : rune.ToString());
        }
        return sb.ToString();
    }
}
