using System.Collections.Immutable;

namespace MigDev.Core.Internal;

/// <summary>
/// The entries nearest to a text that matched none, for the message of a failed lookup (issue 19). Called only once a
/// lookup has failed: the successful path never pays for it.
/// </summary>
/// <remarks>
/// <para>The text and every key of every entry are compared in <see cref="NameKey.Loose"/> form (case, accents,
/// punctuation and spacing ignored), and also with the spaces taken out ("UN-DESA" = "undesa"). An entry is near when
/// one of its keys (code, id, name, acronym, alias) is, nearest first:</para>
/// <list type="number">
/// <item>the same text (a name given where a code was asked, "Kenya" to <c>Country.Get</c>);</item>
/// <item>a name whose words' initials the text is, with or without the minor words "of", "for", "the", "and"...
/// ("EC" for European Commission, "IOM" for International Organization for Migration);</item>
/// <item>at most one edit away for a text of 3 to 5 letters, two for a longer one (an edit is a letter inserted,
/// removed, replaced, or two neighbours swapped: "Keyna", "UNPD");</item>
/// <item>a key that begins with the text (2 letters or more);</item>
/// <item>a key that contains the text as whole words (3 letters or more).</item>
/// </list>
/// <para>At most <see cref="Max"/> entries, by that order; among entries some edits away, fewer edits first, then the
/// one sharing more of the text's letters ("UDS": USD before UGS); then the ordinal order of their text. The same text
/// always gives the same entries. No text longer than a key by more than two letters is compared letter by
/// letter, so a huge text costs one pass over it.</para>
/// </remarks>
internal static class NearestMatches
{
    /// <summary>The most entries named.</summary>
    internal const int Max = 3;

    private const int Same = 0;
    private const int Initials = 1_000;
    private const int Edits = 2_000;
    private const int Prefix = 3_000;
    private const int Words = 4_000;

    private static readonly HashSet<string> MinorWords = new(["a", "an", "and", "at", "by", "de", "for", "in", "of", "on", "the", "to"], StringComparer.Ordinal);

    /// <summary>Finds the entries nearest to a text, for a set of entries looked up once (see <see cref="Index{T}"/> for
    /// a set that is kept).</summary>
    /// <param name="text">The text that matched nothing.</param>
    /// <param name="entries">The entries.</param>
    /// <param name="keys">The keys of an entry (null or empty ones are skipped).</param>
    /// <param name="display">How an entry is named in the message.</param>
    internal static ImmutableArray<string> Find<T>(string? text, IEnumerable<T> entries, Func<T, IEnumerable<string?>> keys, Func<T, string> display) =>
        new Index<T>(entries, keys, display).Find(text);

    // The score of a key for the query (lower is nearer), or int.MaxValue when it is not near. Among keys a few edits
    // away, fewer edits first, then the key that shares more of the query's letters ("UDS": USD before UGS).
    private static int Score(Key query, Key key)
    {
        var (q, k) = (query.Compact, key.Compact);
        if (k.Length == 0)
        {
            return int.MaxValue;
        }
        if (string.Equals(q, k, StringComparison.Ordinal))
        {
            return Same;
        }
        if (q.Length is >= 2 and <= 16 && key.Words.Length >= 2 && (q == key.Initials || q == key.InitialsOfMainWords))
        {
            return Initials;
        }
        var limit = q.Length switch { <= 2 => 0, <= 5 => 1, _ => 2 };
        if (limit > 0 && Math.Abs(q.Length - k.Length) <= limit && Distance(q, k, limit) is var d && d <= limit)
        {
            return Edits + (d * 100) + (99 - Math.Min(99, SharedLetters(q, k)));
        }
        if (q.Length >= 2 && k.StartsWith(q, StringComparison.Ordinal))
        {
            return Prefix;
        }
        return q.Length >= 3 && query.Spaced.Length < key.Spaced.Length && key.Spaced.Contains(query.Spaced, StringComparison.Ordinal)
            ? Words
            : int.MaxValue;
    }

    // How many letters two short texts have in common, each letter counted as often as both have it.
    private static int SharedLetters(string a, string b)
    {
        var rest = b.ToList();
        return a.Count(rest.Remove);
    }

    // The optimal string alignment distance (insertions, deletions, substitutions, swaps of neighbours), or limit + 1
    // as soon as it must exceed the limit.
    private static int Distance(string a, string b, int limit)
    {
        var (before, previous, current) = (new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1]);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }
            if (rowMin > limit)
            {
                return limit + 1;
            }
            (before, previous, current) = (previous, current, before);
        }
        return previous[b.Length];
    }

    /// <summary>A set of entries with their keys in the forms compared, built once and searched on each failed
    /// lookup: the catalog's agencies, the countries, the places.</summary>
    internal sealed class Index<T>
    {
        private readonly (Key[] Keys, string Display)[] _entries;

        internal Index(IEnumerable<T> entries, Func<T, IEnumerable<string?>> keys, Func<T, string> display) =>
            _entries = [.. entries.Select(e => ((Key[])[.. keys(e).Where(k => !string.IsNullOrEmpty(k)).Select(k => new Key(k!))], display(e)))];

        /// <summary>The entries nearest to a text, nearest first; at most <see cref="Max"/>.</summary>
        internal ImmutableArray<string> Find(string? text)
        {
            var query = new Key(text ?? string.Empty);
            if (query.Compact.Length == 0)
            {
                return [];
            }
            var near = new List<(int Score, string Display)>();
            foreach (var (keys, display) in _entries)
            {
                var best = int.MaxValue;
                foreach (var key in keys)
                {
                    best = Math.Min(best, Score(query, key));
                }
                if (best != int.MaxValue)
                {
                    near.Add((best, display));
                }
            }
            return [.. near.OrderBy(n => n.Score).ThenBy(n => n.Display, StringComparer.Ordinal).Select(n => n.Display).Distinct(StringComparer.Ordinal).Take(Max)];
        }
    }

    // A text in the forms compared: its words, the words without spaces, and the words' initials.
    private readonly struct Key
    {
        public Key(string text)
        {
            var loose = NameKey.Loose(text);
            Words = loose.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Compact = string.Concat(Words);
            Spaced = $" {loose} ";
            Initials = string.Concat(Words.Select(w => w[0]));
            InitialsOfMainWords = string.Concat(Words.Where(w => !MinorWords.Contains(w)).Select(w => w[0]));
        }

        public string[] Words { get; }

        public string Compact { get; }

        public string Spaced { get; }

        public string Initials { get; }

        public string InitialsOfMainWords { get; }
    }
}
