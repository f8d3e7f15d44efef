using System.Globalization;
using System.Text;

namespace MigDev.Core;

/// <summary>Lookups over the generated country table: by alpha-2 (O(1), no allocation), alpha-3, M49 and name.</summary>
internal static partial class CountryTable
{
    internal static int Count => Records.Length;

    internal static CountryRecord Get(int index) => Records[index - 1];

    /// <summary>Finds the 1-based index of an alpha-2 code; 0 when unknown.</summary>
    internal static int FindAlpha2(ReadOnlySpan<char> code)
    {
        if (code.Length != 2 || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1]))
        {
            return 0;
        }
        return Lookup.ByAlpha2[((code[0] - 'A') * 26) + (code[1] - 'A')];
    }

    internal static int FindAlpha3(string code) => Lookup.ByAlpha3.GetValueOrDefault(code);

    internal static int FindM49(int code) => code is > 0 and < 1000 ? Lookup.ByM49[code] : 0;

    /// <summary>Finds the countries a name (or a code) denotes, after <see cref="NormalizeName"/>: none, one, or several
    /// when ambiguous.</summary>
    internal static IReadOnlyList<int> FindName(string name) =>
        Lookup.ByName.TryGetValue(NormalizeName(name), out var found) ? found : [];

    /// <summary>
    /// The form in which names are compared: case, diacritics, apostrophe and quote styles, a leading "the", a trailing
    /// "(the)", and runs of spaces do not matter ("the Republic of Moldova", "Côte d’Ivoire" = "cote d'ivoire").
    /// </summary>
    internal static string NormalizeName(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
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

    private static class Lookup
    {
        internal static readonly short[] ByAlpha2 = BuildAlpha2();
        internal static readonly Dictionary<string, int> ByAlpha3 = Enumerable.Range(1, Records.Length).ToDictionary(i => Records[i - 1].Alpha3, StringComparer.Ordinal);
        internal static readonly short[] ByM49 = BuildM49();
        internal static readonly Dictionary<string, int[]> ByName = BuildNames();

        private static short[] BuildAlpha2()
        {
            var table = new short[26 * 26];
            for (var i = 0; i < Records.Length; i++)
            {
                var code = Records[i].Alpha2;
                table[((code[0] - 'A') * 26) + (code[1] - 'A')] = checked((short)(i + 1));
            }
            return table;
        }

        private static short[] BuildM49()
        {
            var table = new short[1000];
            for (var i = 0; i < Records.Length; i++)
            {
                if (Records[i].M49 > 0)
                {
                    table[Records[i].M49] = checked((short)(i + 1));
                }
            }
            return table;
        }

        // Every name and code of every country, normalized; a name shared by two countries maps to both (ambiguous).
        private static Dictionary<string, int[]> BuildNames()
        {
            var names = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
            for (var i = 0; i < Records.Length; i++)
            {
                var r = Records[i];
                foreach (var name in r.ShortNames.Concat(r.FormalNames).Concat(r.Aliases).Append(r.Alpha2).Append(r.Alpha3))
                {
                    if (name.Length == 0)
                    {
                        continue;
                    }
                    var key = NormalizeName(name);
                    if (!names.TryGetValue(key, out var set))
                    {
                        names[key] = set = [];
                    }
                    set.Add(i + 1);
                }
            }
            return names.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        }
    }
}
