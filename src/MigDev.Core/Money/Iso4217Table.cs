using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>Lookup over the generated ISO 4217 table: by index (1-based, 0 is <c>default</c>) and by code.</summary>
internal static partial class Iso4217Table
{
    internal static int Count => Records.Length;

    /// <summary>Gets the record for a 1-based index; callers guarantee 1 &lt;= index &lt;= Count.</summary>
    internal static CurrencyRecord Get(int index) => Records[index - 1];

    /// <summary>Finds the 1-based index of a code in any ASCII case (<c>EUR</c>, <c>eur</c>, <c>Eur</c>); 0 when the
    /// text is not a known ISO 4217 code. The rule for codes given to the API (docs/design-decisions.md, issue 19).</summary>
    internal static int Find(ReadOnlySpan<char> code)
    {
        if (code.Length != 3)
        {
            return 0;
        }
        var key = Key(AsciiCase.Upper(code[0]), AsciiCase.Upper(code[1]), AsciiCase.Upper(code[2]));
        return key < 0 ? 0 : Lookup.IndexByKey[key];
    }

    /// <summary>Finds the 1-based index of a code written as a document writes it, in upper case; 0 otherwise.</summary>
    internal static int FindCanonical(ReadOnlySpan<char> code)
    {
        if (code.Length != 3)
        {
            return 0;
        }
        var key = Key(code[0], code[1], code[2]);
        return key < 0 ? 0 : Lookup.IndexByKey[key];
    }

    /// <summary>Finds the 1-based index of a code given as UTF-8, in upper case as a document writes it; 0 otherwise.</summary>
    internal static int FindCanonical(ReadOnlySpan<byte> utf8Code)
    {
        if (utf8Code.Length != 3)
        {
            return 0;
        }
        var key = Key((char)utf8Code[0], (char)utf8Code[1], (char)utf8Code[2]);
        return key < 0 ? 0 : Lookup.IndexByKey[key];
    }

    private static int Key(char a, char b, char c)
    {
        if (!char.IsAsciiLetterUpper(a) || !char.IsAsciiLetterUpper(b) || !char.IsAsciiLetterUpper(c))
        {
            return -1;
        }
        return ((a - 'A') * 26 * 26) + ((b - 'A') * 26) + (c - 'A');
    }

    // A nested class so that the index is built after Records (static initializers in different partial files
    // run in no defined order).
    private static class Lookup
    {
        // Codes are three upper-case ASCII letters: 26^3 slots, each the 1-based index of the record (0: none).
        internal static readonly short[] IndexByKey = BuildIndex();
    }

    private static short[] BuildIndex()
    {
        var index = new short[26 * 26 * 26];
        for (var i = 0; i < Records.Length; i++)
        {
            var code = Records[i].Code;
            index[Key(code[0], code[1], code[2])] = checked((short)(i + 1));
        }
        return index;
    }
}
