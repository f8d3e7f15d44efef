using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace MigDev.Core.Tests;

/// <summary>
/// The ECB's XML feeds (written from the real CSV) mutated at random, from a fixed seed: whitespace, quote style,
/// attribute order, a comment, an entity, CDATA, a DTD, bytes cut, dropped or replaced, and random limits. Loading
/// (the scanner, else <see cref="System.Xml.XmlReader"/>) must give what <see cref="System.Xml.XmlReader"/> alone
/// gives: the same table, or the same <see cref="MigDevDataException"/>; and when the scanner reads a file,
/// <see cref="System.Xml.XmlReader"/> reads the same table from it.
/// </summary>
public partial class EcbXmlScannerPropertyTest
{
    private const string Seed = "0000ecbxml17";

    private static readonly string[] Inserts =
    [
        " ", "\t", "\r\n", "\n", "<!-- c -->", "&amp;", "&#65;", "<![CDATA[x]]>", "<?pi x?>", "<!DOCTYPE x>", "é", "\0", "<Cube/>", "/>", "'", "\"",
        "<Cube currency='USD' rate='1'/>", "<Cube time='2000-01-01'>", "</Cube>", "<x:Cube xmlns:x=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\" currency=\"USD\" rate=\"1\"/>",
    ];

    private static readonly byte[] Replacements = Encoding.ASCII.GetBytes("<>&'\"/=-. \t\n09AZaz:?!");

    // Small feeds of each quote style: ten dates of the history (double quotes) and the daily feed (single quotes).
    private static readonly Lazy<string[]> Bases = new(() =>
    [
        EcbFiles.HistXml(EcbFiles.CutCsv(EcbFiles.Csv, "1999-01-15")),
        EcbFiles.DailyXml(EcbFiles.Csv),
    ]);

    [GeneratedRegex("<Cube currency=(['\"])([A-Z]{3})\\1 rate=(['\"])([0-9.]+)\\3")]
    private static partial Regex RateCube();

    [GeneratedRegex("=(['\"])([^'\"]*)\\1")]
    private static partial Regex AttributeValue();

    private static Gen<EcbFileLimits> Limits =>
        Gen.Frequency(
            (3, Gen.Const(EcbFileLimits.Default)),
            (1, Gen.Select(Gen.Int[1, 12], Gen.Int[1, 45], (dates, currencies) => new EcbFileLimits { MaxPublications = dates, MaxCurrencies = currencies })));

    [Fact]
    public void MutatedFeeds_LoadingAgreesWithXmlReader()
    {
        var scanned = 0;
        var samples = 0;
        Gen.Select(Gen.Int[0, 1], Gen.Int[0, 9].Array[1, 3], Gen.Int.Array[3], Limits).Sample((which, kinds, draws, limits) =>
        {
            var text = Bases.Value[which];
            var random = new Random(draws[0]);
            foreach (var kind in kinds)
            {
                text = Mutate(text, kind, random);
            }
            var bytes = Encoding.UTF8.GetBytes(text);
            if (random.Next(8) == 0)
            {
                bytes = Corrupt(bytes, random);
            }
            if (EcbXmlScannerTest.AssertSameOutcome(bytes, limits))
            {
                Interlocked.Increment(ref scanned);
            }
            Interlocked.Increment(ref samples);
        }, seed: Seed, iter: 2000, threads: 1);

        // The mutations keep the layout often enough that the scanner's own reading is tested, not only its refusals.
        Assert.InRange(scanned, samples / 10, samples);
    }

    [Fact]
    public void LayoutKeepingMutations_ScannerReadsThemAll_SameTable()
    {
        Gen.Select(Gen.Int[0, 1], Gen.Int[0, 2].Array[1, 6], Gen.Int).Sample((which, kinds, draw) =>
        {
            var text = Bases.Value[which];
            var random = new Random(draw);
            foreach (var kind in kinds)
            {
                text = kind switch
                {
                    0 => InsertWhitespaceBetweenMarkup(text, random),
                    1 => SwapQuotes(text, random),
                    _ => InsertWhitespaceAroundEquals(text, random),
                };
            }
            var bytes = Encoding.UTF8.GetBytes(text);
            var scanned = EcbXmlScannerTest.Scan(bytes);
            Assert.True(scanned is not null, text);
            EcbXmlScannerTest.AssertSameTable(EcbXmlScannerTest.WithXmlReader(Encoding.UTF8.GetBytes(Bases.Value[which])), scanned);
            Assert.True(EcbXmlScannerTest.AssertSameOutcome(bytes, EcbFileLimits.Default));
        }, seed: Seed, iter: 500, threads: 1);
    }

    private static string Mutate(string text, int kind, Random random) => text.Length < 8 ? text : kind switch
    {
        0 => InsertWhitespaceBetweenMarkup(text, random),
        1 => SwapQuotes(text, random),
        2 => InsertWhitespaceAroundEquals(text, random),
        3 => SwapAttributeOrder(text, random),
        4 => text.Insert(random.Next(text.Length + 1), "<!-- c -->"),
        5 => text.Insert(random.Next(text.Length + 1), Inserts[random.Next(Inserts.Length)]),
        6 => text[..random.Next(text.Length + 1)],
        7 => text.Remove(random.Next(text.Length), 1),
        8 => FlipOneQuote(text, random),
        _ => text,
    };

    private static byte[] Corrupt(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        if (copy.Length == 0)
        {
            // A feed cut to nothing (mutation 6) has no byte to corrupt.
            return copy;
        }
        copy[random.Next(copy.Length)] = random.Next(4) == 0 ? (byte)random.Next(256) : Replacements[random.Next(Replacements.Length)];
        return copy;
    }

    private static string InsertWhitespaceBetweenMarkup(string text, Random random)
    {
        var ends = Positions(text, '>');
        if (ends.Count == 0)
        {
            return text;
        }
        var at = ends[random.Next(ends.Count)] + 1;
        return at == text.Length ? text + "\n" : text.Insert(at, Whitespace(random));
    }

    private static string InsertWhitespaceAroundEquals(string text, Random random)
    {
        var equals = Positions(text, '=');
        if (equals.Count == 0)
        {
            return text;
        }
        var at = equals[random.Next(equals.Count)] + random.Next(2);
        return text.Insert(at, Whitespace(random));
    }

    private static string SwapQuotes(string text, Random random)
    {
        var matches = AttributeValue().Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }
        var m = matches[random.Next(matches.Count)];
        var quote = m.Groups[1].Value == "'" ? "\"" : "'";
        return text[..m.Index] + "=" + quote + m.Groups[2].Value + quote + text[(m.Index + m.Length)..];
    }

    private static string SwapAttributeOrder(string text, Random random)
    {
        var matches = RateCube().Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }
        var m = matches[random.Next(matches.Count)];
        var g = m.Groups;
        var swapped = $"<Cube rate={g[3].Value}{g[4].Value}{g[3].Value} currency={g[1].Value}{g[2].Value}{g[1].Value}";
        return text[..m.Index] + swapped + text[(m.Index + m.Length)..];
    }

    private static string FlipOneQuote(string text, Random random)
    {
        var quotes = Positions(text, '\'').Concat(Positions(text, '"')).ToList();
        if (quotes.Count == 0)
        {
            return text;
        }
        var at = quotes[random.Next(quotes.Count)];
        return text[..at] + (text[at] == '\'' ? '"' : '\'') + text[(at + 1)..];
    }

    private static string Whitespace(Random random) => new[] { " ", "\t", "\n", "\r\n", "  \t" }[random.Next(5)];

    private static List<int> Positions(string text, char c)
    {
        var positions = new List<int>();
        for (var i = text.IndexOf(c, StringComparison.Ordinal); i >= 0; i = text.IndexOf(c, i + 1))
        {
            positions.Add(i);
        }
        return positions;
    }
}
