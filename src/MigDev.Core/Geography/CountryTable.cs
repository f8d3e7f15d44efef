using System.Text;
using MigDev.Core.Internal;

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

    /// <summary>Finds the countries a name (or a code) denotes, after <see cref="NameKey.Normalize"/>: none, one, or several
    /// when ambiguous.</summary>
    /// <summary>Finds the one country a name denotes, or 0 (none, or ambiguous): <see cref="FindName"/> with a first
    /// look among the names as the table holds them (any case for ASCII names), which are most names asked for.</summary>
    internal static int FindUniqueName(string name)
    {
        // Equal as held (or, for ASCII, but for case) means equal keys, so the same answer as the full path.
        if (Ascii.IsValid(name) ? Lookup.ByAsciiNameIgnoringCase.TryGetValue(name, out var index) : Lookup.ByNameAsHeld.TryGetValue(name, out index))
        {
            return index;
        }
        var found = FindName(name);
        return found.Count == 1 ? found[0] : 0;
    }

    internal static IReadOnlyList<int> FindName(string name)
    {
        // The common case allocates nothing: the key is built on the stack and looked up as a span.
        Span<char> buffer = stackalloc char[NameKey.MaxFastLength];
        var length = name.Length <= NameKey.MaxFastLength ? NameKey.TryNormalize(name, buffer) : -1;
        var found = length >= 0
            ? Lookup.ByNameSpan.TryGetValue(buffer[..length], out var quick) ? quick : null
            : Lookup.ByName.TryGetValue(NameKey.Normalize(name), out var slow) ? slow : null;
        return found ?? [];
    }

    private static class Lookup
    {
        internal static readonly short[] ByAlpha2 = BuildAlpha2();
        internal static readonly Dictionary<string, int> ByAlpha3 = Enumerable.Range(1, Records.Length).ToDictionary(i => Records[i - 1].Alpha3, StringComparer.Ordinal);
        internal static readonly short[] ByM49 = BuildM49();
        private static readonly (string Name, string Key, int Index)[] Names = AllNames();
        internal static readonly Dictionary<string, int[]> ByName = BuildNames();
        internal static readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> ByNameSpan = ByName.GetAlternateLookup<ReadOnlySpan<char>>();
        internal static readonly Dictionary<string, int> ByNameAsHeld = BuildNamesAsHeld(StringComparer.Ordinal, _ => true);
        internal static readonly Dictionary<string, int> ByAsciiNameIgnoringCase = BuildNamesAsHeld(StringComparer.OrdinalIgnoreCase, name => Ascii.IsValid(name));

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

        // Every name (current, alternative, historical) and code of every country, as held, with its 1-based index.
        // Every name (current, alternative, historical) and code of every country, as held, with its key and its 1-based
        // index: normalized once for the three indexes built from it.
        private static (string Name, string Key, int Index)[] AllNames() =>
            [.. Enumerable.Range(0, Records.Length).SelectMany(i =>
            {
                var r = Records[i];
                return r.ShortNames.Concat(r.FormalNames).Concat(r.Aliases).Concat(r.HistoricalNames.Select(n => n.Name)).Append(r.Alpha2).Append(r.Alpha3)
                    .Where(name => name.Length > 0).Select(name => (name, NameKey.Normalize(name), i + 1));
            })];

        // The names as held that denote one country alone (by their keys), compared as the comparer says.
        private static Dictionary<string, int> BuildNamesAsHeld(StringComparer comparer, Func<string, bool> include)
        {
            var held = new Dictionary<string, int>(comparer);
            foreach (var (name, key, _) in Names)
            {
                if (include(name) && ByName[key] is [var only])
                {
                    held[name] = only;
                }
            }
            return held;
        }

        // Every name and code of every country, normalized; a name shared by two countries maps to both (ambiguous).
        private static Dictionary<string, int[]> BuildNames()
        {
            var names = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
            foreach (var (_, key, index) in Names)
            {
                if (!names.TryGetValue(key, out var set))
                {
                    names[key] = set = [];
                }
                set.Add(index);
            }
            return names.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        }
    }
}
