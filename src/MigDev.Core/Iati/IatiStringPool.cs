namespace MigDev.Core.Iati;

/// <summary>The strings one <see cref="IatiActivityXmlReader"/> has made, shared: the same short text read again (a code,
/// a ref, a date, a currency, an organisation's name) is the same string, made once (issue 21: the reader allocates
/// at most twice the file's size).</summary>
/// <remarks>Bounded: a text longer than <see cref="MaxLength"/> characters is never pooled, and once the pool holds
/// <see cref="MaxEntries"/> strings it only gives back those it holds, so it never holds more than about
/// <c>MaxEntries × (MaxLength × 2 + 60)</c> bytes (under 1 MB), however long the file. One pool per read: it lives as
/// long as the reader.</remarks>
internal sealed class IatiStringPool
{
    /// <summary>The longest text pooled, in characters.</summary>
    public const int MaxLength = 48;

    /// <summary>The most strings held.</summary>
    public const int MaxEntries = 4096;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public IatiStringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets the number of strings held.</summary>
    public int Count => _strings.Count;

    /// <summary>The string of these characters: the one held, or a new one (held if the pool has room).</summary>
    /// <param name="chars">The characters.</param>
    /// <returns>The string.</returns>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return "";
        }
        if (chars.Length > MaxLength)
        {
            return new string(chars);
        }
        if (_lookup.TryGetValue(chars, out var held))
        {
            return held;
        }
        var made = new string(chars);
        if (_strings.Count < MaxEntries)
        {
            _strings.Add(made);
        }
        return made;
    }
}
