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
            var ch = Map(c);
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

    /// <summary>The longest name <see cref="TryNormalize"/> normalizes; a longer one goes through <see cref="Normalize"/>.</summary>
    internal const int MaxFastLength = 256;

    // What each UTF-16 unit becomes in a key, filled in on first use from the unit's own canonical decomposition:
    // 0 not yet known, Drop for a nonspacing mark (or a unit that decomposes to marks only), Slow for a unit that
    // Normalize must see in context (surrogates, noncharacters, NUL, a decomposition to two or more base characters).
    private const char Unknown = '\0';
    private const char Drop = '\uFFFE';
    private const char Slow = '\uFFFF';
    private static readonly char[] Units = new char[char.MaxValue + 1];

    /// <summary>Writes the key <see cref="Normalize"/> gives for <paramref name="name"/> into
    /// <paramref name="destination"/>, without allocating, and returns its length; -1 when the name needs
    /// <see cref="Normalize"/> itself (a character whose key depends on its context, or a key longer than the
    /// destination). Canonical decomposition is character by character, and the marks it adds are all dropped, so
    /// mapping each unit on its own gives the same key (NameKeyTest checks it against Normalize).</summary>
    internal static int TryNormalize(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        var space = false;
        foreach (var c in name)
        {
            var ch = Units[c];
            if (ch == Unknown)
            {
                ch = Units[c] = MapUnit(c);
            }
            if (ch == Slow)
            {
                return -1;
            }
            if (ch == Drop)
            {
                continue;
            }
            if (char.IsWhiteSpace(ch))
            {
                space = length > 0;
                continue;
            }
            if (length + (space ? 2 : 1) > destination.Length)
            {
                return -1;
            }
            if (space)
            {
                destination[length++] = ' ';
                space = false;
            }
            destination[length++] = ch;
        }
        var key = destination[..length];
        var start = key.StartsWith("the ") ? 4 : 0;
        var end = key.EndsWith(" (the)") && length - 6 >= start ? length - 6 : length;
        key[start..end].CopyTo(destination);
        return end - start;
    }

    private static char MapUnit(char c)
    {
        if (c == Unknown || char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' or Drop or Slow)
        {
            return Slow;
        }
        var kept = Unknown;
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (kept != Unknown)
            {
                return Slow;
            }
            kept = d;
        }
        if (kept == Unknown)
        {
            return Drop;
        }
        var mapped = Map(kept);
        return mapped is Unknown or Drop or Slow ? Slow : mapped;
    }

    private static char Map(char c) => c switch
    {
        '\u2019' or '\u2018' or '`' or '\u00B4' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
        _ => char.ToLowerInvariant(c),
    };

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
