using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using MigDev.Core.Internal.Json;

namespace MigDev.Core;

/// <summary>
/// An ISO 3166-1 alpha-2 country code (<c>MD</c>, <c>PH</c>), or the user-assigned <c>XK</c> that the UN system's data
/// (IATI, OCHA) uses for Kosovo.
/// </summary>
/// <remarks>
/// <para>Only the 249 codes of the UN M49 table and <c>XK</c> exist; <see cref="Country"/> holds what is known of each.
/// Equality is by code; ordering is ordinal by code.</para>
/// <para><c>default(CountryCode)</c> is not a country: <see cref="Code"/> and <see cref="Country"/> throw
/// <see cref="InvalidOperationException"/>; equality, hashing and <see cref="ToString()"/> do not.</para>
/// <para>An immutable value type; safe to share across threads.</para>
/// </remarks>
[JsonConverter(typeof(CountryCodeJsonConverter))]
public readonly struct CountryCode : IEquatable<CountryCode>, IComparable<CountryCode>, IComparable, ISpanFormattable, ISpanParsable<CountryCode>
{
    private readonly short _index;

    internal CountryCode(int index) => _index = (short)index;

    /// <summary>Gets a value indicating whether this is <c>default(CountryCode)</c>.</summary>
    public bool IsDefault => _index == 0;

    /// <summary>Gets the two-letter code.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CountryCode)</c>.</exception>
    public string Code => Record.Alpha2;

    /// <summary>Gets the country or area this code denotes.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CountryCode)</c>.</exception>
    public Country Country => Country.Get(this);

    internal int Index => _index;

    internal CountryRecord Record => _index != 0
        ? CountryTable.Get(_index)
        : throw new InvalidOperationException("default(CountryCode) is not a country: obtain one from CountryCode.Parse or Country.");

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public static bool operator ==(CountryCode left, CountryCode right) => left._index == right._index;

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if different.</returns>
    public static bool operator !=(CountryCode left, CountryCode right) => left._index != right._index;

    /// <summary>Returns whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(CountryCode left, CountryCode right) => left.Ordinal < right.Ordinal;

    /// <summary>Returns whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(CountryCode left, CountryCode right) => left.Ordinal <= right.Ordinal;

    /// <summary>Returns whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(CountryCode left, CountryCode right) => left.Ordinal > right.Ordinal;

    /// <summary>Returns whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(CountryCode left, CountryCode right) => left.Ordinal >= right.Ordinal;

    /// <summary>Parses a two-letter code, such as <c>MD</c> or <c>XK</c>, in any ASCII case (<c>md</c> is <c>MD</c>).</summary>
    /// <remarks>
    /// <para>The rule for every code the library parses (docs/design-decisions.md): any case, printed in upper case; no
    /// white space around it. JSON is a document, and canonical: it must write the code in upper case.</para>
    /// <para>Alpha-2 only, as <c>RegionInfo</c>: a <see cref="CountryCode"/> is its alpha-2 code, and
    /// <c>Parse(code.ToString())</c> gives the code back. An alpha-3 code (<c>MDA</c>) is refused with its alpha-2 code
    /// in the message; <see cref="Country.Get(string)"/> reads both.</para>
    /// </remarks>
    /// <param name="s">The code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a known code; the message quotes it and names the
    /// code meant (white space around it, an alpha-3 code) or the nearest countries.</exception>
    public static CountryCode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static CountryCode Parse(ReadOnlySpan<char> s)
    {
        var index = FindAnyCase(s);
        return index != 0 ? new CountryCode(index) : throw new FormatException(CountryNearest.DescribeBadCode(s.ToString()));
    }

    /// <summary>Tries to parse a two-letter code, in any ASCII case; never throws.</summary>
    /// <param name="s">The code, or <see langword="null"/>.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    /// <returns><see langword="true"/> if <paramref name="s"/> is a known code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out CountryCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse a two-letter code, in any ASCII case; never throws.</summary>
    /// <param name="s">The code.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    /// <returns><see langword="true"/> if <paramref name="s"/> is a known code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out CountryCode result)
    {
        result = new CountryCode(FindAnyCase(s));
        return !result.IsDefault;
    }

    // A code as a document writes it, in upper case: the readers of files (IATI) read codes as written
    // (docs/design-decisions.md, issue 19).
    internal static bool TryParseCanonical(ReadOnlySpan<char> s, out CountryCode result)
    {
        result = new CountryCode(CountryTable.FindAlpha2(s));
        return !result.IsDefault;
    }

    // The 1-based index of an alpha-2 code in any ASCII case, without allocating; 0 when unknown. The canonical code
    // takes the path it took before any case was read.
    internal static int FindAnyCase(ReadOnlySpan<char> s) => CountryTable.FindAlpha2(s) is var index and not 0
        ? index
        : s.Length == 2 ? CountryTable.FindAlpha2([AsciiCase.Upper(s[0]), AsciiCase.Upper(s[1])]) : 0;

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    static CountryCode IParsable<CountryCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out CountryCode)"/>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    static bool IParsable<CountryCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CountryCode result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    static CountryCode ISpanParsable<CountryCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out CountryCode)"/>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    static bool ISpanParsable<CountryCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CountryCode result) => TryParse(s, out result);

    /// <summary>Compares ordinally by code.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="InvalidOperationException">Either is <c>default(CountryCode)</c>, which has no place in the order (as
    /// the four ordering operators).</exception>
    public int CompareTo(CountryCode other) => Ordinal.CompareTo(other.Ordinal);

    // The position in the order, for a real code only: comparing a default is refused, as docs/design-decisions.md says.
    private int Ordinal => _index != 0 ? _index
        : throw new InvalidOperationException("default(CountryCode) is not a country and has no place in the order: obtain one from CountryCode.Parse or Country.");

    /// <summary>Compares with an object, which must be a <see cref="CountryCode"/> or <see langword="null"/>.</summary>
    /// <param name="obj">The object.</param>
    /// <returns>The comparison; 1 for <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is another type.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        CountryCode other => CompareTo(other),
        _ => CompareTo(Guard.Against.WrongType<CountryCode>(obj)),
    };

    /// <summary>Returns whether this is the same code as <paramref name="other"/>.</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals(CountryCode other) => _index == other._index;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _index;

    /// <summary>Returns the two-letter code; <c>(default CountryCode)</c> for the default value.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => _index == 0 ? "(default CountryCode)" : Code;

    /// <summary>Returns the two-letter code, whatever the culture.</summary>
    /// <param name="format">Must be <see langword="null"/>, empty or <c>"G"</c>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Internal.InvariantText.CheckGeneralFormat(format, nameof(CountryCode));
        return ToString();
    }

    /// <summary>Writes the two-letter code into a span.</summary>
    /// <param name="destination">The span.</param>
    /// <param name="charsWritten">The characters written.</param>
    /// <param name="format">Must be empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> if the span is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        Internal.InvariantText.CheckGeneralFormat(format, nameof(CountryCode));
        return Internal.InvariantText.TryCopy(ToString(), destination, out charsWritten);
    }

}
