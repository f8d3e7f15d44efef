using Ardalis.GuardClauses;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using MigDev.Core.Internal;
using MigDev.Core.Internal.Json;
using NodaTime;

namespace MigDev.Core;

/// <summary>
/// An ISO 4217 currency code, current or historic (<c>EUR</c>, <c>USD</c>, <c>CYP</c>), with its numeric code,
/// name, minor unit and, for a withdrawn code, the month of its withdrawal.
/// </summary>
/// <remarks>
/// <para>
/// Only codes that ISO 4217 lists (Table A.1, current, and Table A.3, historic, as of February 2026) exist: the
/// library ships them, generated from <c>data/iso4217/codes-all.csv</c>. There is no public constructor; obtain a
/// value from <see cref="Parse(string)"/>, <see cref="TryParse(string?, out CurrencyCode)"/>, <see cref="All"/>,
/// <see cref="Current"/> or a well-known field such as <see cref="EUR"/>.
/// </para>
/// <para>
/// Equality is by code; ordering is ordinal by alphabetic code (<c>CHF</c> &lt; <c>EUR</c> &lt; <c>USD</c>).
/// </para>
/// <para>
/// The default value, <c>default(CurrencyCode)</c>, is not a currency: every member that needs one
/// (<see cref="Code"/>, <see cref="Name"/>, <see cref="MinorUnit"/>...) throws <see cref="InvalidOperationException"/>,
/// as does serialization. <see cref="Equals(CurrencyCode)"/>, <see cref="GetHashCode"/> and
/// <see cref="ToString()"/> do not throw (the latter returns <c>"(default CurrencyCode)"</c>), so a default value in
/// a collection or a debugger is harmless. Use <see cref="IsDefault"/> to test for it.
/// </para>
/// <para>This type is an immutable value type; it is safe to share across threads.</para>
/// </remarks>
[JsonConverter(typeof(CurrencyCodeJsonConverter))]
public readonly struct CurrencyCode :
    IEquatable<CurrencyCode>,
    IComparable<CurrencyCode>,
    IComparable,
    ISpanFormattable,
    ISpanParsable<CurrencyCode>
{
    private const string DefaultText = "(default CurrencyCode)";

    // 1-based index into the generated table, which is sorted by code; 0 is default(CurrencyCode).
    private readonly short _index;

    internal CurrencyCode(int index) => _index = (short)index;

    // The 1-based index into the generated table (0 for default), for tables keyed by currency.
    internal int Index => _index;

    /// <summary>Gets the euro, <c>EUR</c> (978).</summary>
    public static CurrencyCode EUR { get; } = Parse("EUR");

    /// <summary>Gets the US dollar, <c>USD</c> (840).</summary>
    public static CurrencyCode USD { get; } = Parse("USD");

    /// <summary>Gets the pound sterling, <c>GBP</c> (826).</summary>
    public static CurrencyCode GBP { get; } = Parse("GBP");

    /// <summary>Gets the Swiss franc, <c>CHF</c> (756).</summary>
    public static CurrencyCode CHF { get; } = Parse("CHF");

    /// <summary>Gets the yen, <c>JPY</c> (392).</summary>
    public static CurrencyCode JPY { get; } = Parse("JPY");

    /// <summary>Gets every ISO 4217 code the library knows, current and withdrawn, in ordinal order of code.</summary>
    public static ImmutableArray<CurrencyCode> All { get; } = [.. Enumerable.Range(1, Iso4217Table.Count).Select(i => new CurrencyCode(i))];

    /// <summary>Gets the codes in ISO 4217 Table A.1 (not withdrawn), in ordinal order of code.</summary>
    /// <remarks>This includes funds (<c>BOV</c>, <c>CLF</c>...), precious metals (<c>XAU</c>...) and the testing and
    /// "no currency" codes (<c>XTS</c>, <c>XXX</c>), as Table A.1 does.</remarks>
    public static ImmutableArray<CurrencyCode> Current { get; } = [.. All.Where(c => c.IsCurrent)];

    /// <summary>Gets a value indicating whether this is <c>default(CurrencyCode)</c>, which is not a currency.</summary>
    public bool IsDefault => _index == 0;

    /// <summary>Gets the three-letter alphabetic code, such as <c>EUR</c>.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyCode)</c>.</exception>
    public string Code => Record.Code;

    /// <summary>Gets the ISO 4217 numeric code (978 for <c>EUR</c>), or <see langword="null"/> for the three
    /// historic codes that never had one (<c>XFO</c>, <c>XFU</c>, <c>XRE</c>).</summary>
    /// <remarks>Numeric codes are not unique over history: <c>ANG</c> (withdrawn) and <c>XCG</c> share 532.</remarks>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyCode)</c>.</exception>
    public int? NumericCode => Record.NumericCode;

    /// <summary>Gets the currency's English name as ISO 4217 gives it, such as <c>Euro</c> or <c>Cyprus Pound</c>.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyCode)</c>.</exception>
    public string Name => Record.Name;

    /// <summary>
    /// Gets the number of decimal places of the currency's minor unit (2 for <c>EUR</c>, 0 for <c>JPY</c>, 3 for
    /// <c>KWD</c>), or <see langword="null"/> when it has none.
    /// </summary>
    /// <remarks>
    /// <para><see langword="null"/> in two cases: ISO 4217 says "not applicable" (gold <c>XAU</c>, <c>XDR</c>,
    /// <c>XXX</c>...; see <see cref="IsMinorUnitApplicable"/>), or the code is withdrawn and no source gives its
    /// minor unit. ISO's table of historic codes carries no minor units; for the nine legacy currencies of the ECB's
    /// reference rates (<c>CYP</c>, <c>EEK</c>, <c>LTL</c>, <c>LVL</c>, <c>MTL</c>, <c>ROL</c>, <c>SIT</c>,
    /// <c>SKK</c>, <c>TRL</c>) the library supplies the minor unit they had while current (see docs/currencies.md).</para>
    /// </remarks>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyCode)</c>.</exception>
    public int? MinorUnit => Record.MinorUnit;

    /// <summary>Gets a value indicating whether ISO 4217 gives this currency a minor unit at all; <see langword="false"/>
    /// for the codes it marks "N.A." (<c>XAU</c>, <c>XDR</c>, <c>XXX</c>...).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyCode)</c>.</exception>
    public bool IsMinorUnitApplicable => !Record.IsMinorUnitNotApplicable;

    /// <summary>Gets a value indicating whether the code is current, that is listed in ISO 4217 Table A.1.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyCode)</c>.</exception>
    public bool IsCurrent => Record.WithdrawalMonth is null;

    /// <summary>Gets the month in which ISO 4217 withdrew the code (<c>2008-01</c> for <c>CYP</c>), or
    /// <see langword="null"/> for a current code.</summary>
    /// <remarks>For the sixteen codes whose withdrawal ISO gives as a span (<c>1978 to 1981</c>,
    /// <c>1989-1990</c>, <c>1990-07 to 1990-09</c>), this is the last month of the span: the month by which the code was
    /// certainly withdrawn. A code withdrawn by several countries at different dates (<c>VEF</c>) has the latest.</remarks>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyCode)</c>.</exception>
    public YearMonth? WithdrawalMonth => Record.WithdrawalMonth;

    internal CurrencyRecord Record => _index != 0 ? Iso4217Table.Get(_index) : ThrowHelper.ThrowDefaultCurrency<CurrencyRecord>();

    // Minor unit as an exact decimal step (0.01 for EUR); throws when the currency has none.
    internal decimal MinorUnitSize
    {
        get
        {
            var record = Record;
            return record.MinorUnit is not null ? record.MinorUnitSize : ThrowHelper.ThrowNoMinorUnit<decimal>(this);
        }
    }

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if both are the same code.</returns>
    public static bool operator ==(CurrencyCode left, CurrencyCode right) => left._index == right._index;

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if the codes differ.</returns>
    public static bool operator !=(CurrencyCode left, CurrencyCode right) => left._index != right._index;

    /// <summary>Returns whether <paramref name="left"/> sorts before <paramref name="right"/> (ordinal by code).</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is less than <paramref name="right"/>.</returns>
    public static bool operator <(CurrencyCode left, CurrencyCode right) => left.Ordinal < right.Ordinal;

    /// <summary>Returns whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is less than or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(CurrencyCode left, CurrencyCode right) => left.Ordinal <= right.Ordinal;

    /// <summary>Returns whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is greater than <paramref name="right"/>.</returns>
    public static bool operator >(CurrencyCode left, CurrencyCode right) => left.Ordinal > right.Ordinal;

    /// <summary>Returns whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(CurrencyCode left, CurrencyCode right) => left.Ordinal >= right.Ordinal;

    /// <summary>Parses a three-letter ISO 4217 code such as <c>EUR</c>, in any ASCII case (<c>eur</c> is <c>EUR</c>).</summary>
    /// <remarks>The rule for every code the library parses (docs/design-decisions.md): any case, printed in its
    /// canonical case; no white space around it. JSON and <see cref="Money"/>'s text are documents, and canonical.</remarks>
    /// <param name="s">The code.</param>
    /// <returns>The currency code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not three letters, or is not a code that ISO 4217
    /// lists; the message quotes it and names the code meant when it has white space around it, or the nearest codes
    /// and names (at most three).</exception>
    public static CurrencyCode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses a three-letter ISO 4217 code such as <c>EUR</c>, in any ASCII case.</summary>
    /// <param name="s">The code.</param>
    /// <returns>The currency code.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not three letters, or is not a code that ISO 4217
    /// lists; the message quotes it and names the code meant, or the nearest.</exception>
    public static CurrencyCode Parse(ReadOnlySpan<char> s)
    {
        var index = Iso4217Table.Find(s);
        return index != 0 ? new CurrencyCode(index) : ThrowHelper.ThrowBadCurrencyCode(s);
    }

    /// <summary>Tries to parse a three-letter ISO 4217 code, in any ASCII case; never throws.</summary>
    /// <param name="s">The code, or <see langword="null"/>.</param>
    /// <param name="result">The currency code, or <c>default</c> when parsing fails.</param>
    /// <returns><see langword="true"/> if <paramref name="s"/> is a code that ISO 4217 lists.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out CurrencyCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse a three-letter ISO 4217 code, in any ASCII case; never throws.</summary>
    /// <param name="s">The code.</param>
    /// <param name="result">The currency code, or <c>default</c> when parsing fails.</param>
    /// <returns><see langword="true"/> if <paramref name="s"/> is a code that ISO 4217 lists.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out CurrencyCode result)
    {
        result = new CurrencyCode(Iso4217Table.Find(s));
        return !result.IsDefault;
    }

    // A code as a document writes it, in upper case: the readers of files (ECB, IATI, rate files) and of JSON read codes
    // as written (docs/design-decisions.md, issue 19).
    internal static bool TryParseCanonical(ReadOnlySpan<char> s, out CurrencyCode result)
    {
        result = new CurrencyCode(Iso4217Table.FindCanonical(s));
        return !result.IsDefault;
    }

    /// <summary>Returns whether the text is a code that ISO 4217 lists, current or withdrawn, as
    /// <see cref="TryParse(ReadOnlySpan{char}, out CurrencyCode)"/> reads it (<c>"EUR"</c>, <c>"eur"</c> and <c>"CYP"</c>
    /// are, <c>"XYZ"</c> and <c>" EUR"</c> are not).</summary>
    /// <param name="code">The text to test.</param>
    /// <returns><see langword="true"/> if <paramref name="code"/> is an ISO 4217 code.</returns>
    public static bool IsDefined(ReadOnlySpan<char> code) => Iso4217Table.Find(code) != 0;

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    static CurrencyCode IParsable<CurrencyCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out CurrencyCode)"/>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    /// <param name="result">The currency code, or <c>default</c> when parsing fails.</param>
    static bool IParsable<CurrencyCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CurrencyCode result) =>
        TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    static CurrencyCode ISpanParsable<CurrencyCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out CurrencyCode)"/>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    /// <param name="result">The currency code, or <c>default</c> when parsing fails.</param>
    static bool ISpanParsable<CurrencyCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CurrencyCode result) =>
        TryParse(s, out result);

    /// <summary>
    /// Returns whether the code was still in use on a date, as far as ISO 4217 says: <see langword="false"/> from the
    /// first day of its withdrawal month on (<c>CYP</c>, withdrawn 2008-01, is not in use on 2009-03-01 nor on
    /// 2008-01-15), <see langword="true"/> for a current code and for any date before the withdrawal month.
    /// </summary>
    /// <remarks>ISO 4217 gives no introduction dates, so this cannot tell that the euro did not exist in 1990: it
    /// answers only whether the code had been withdrawn by then.</remarks>
    /// <param name="date">The date to ask about.</param>
    /// <returns><see langword="true"/> unless the code had been withdrawn by <paramref name="date"/>.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyCode)</c>.</exception>
    public bool IsInUseOn(LocalDate date) =>
        WithdrawalMonth is not YearMonth withdrawn || date < withdrawn.OnDayOfMonth(1);

    /// <summary>Compares this code with another, ordinally by alphabetic code.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>A negative number, zero or a positive number as this code sorts before, with or after
    /// <paramref name="other"/>.</returns>
    /// <exception cref="InvalidOperationException">Either is <c>default(CurrencyCode)</c>, which has no place in the order
    /// (as the four ordering operators).</exception>
    public int CompareTo(CurrencyCode other) => Ordinal.CompareTo(other.Ordinal);

    // The position in the order, for a real code only: comparing a default is refused, as docs/design-decisions.md says.
    private int Ordinal => _index != 0 ? _index : ThrowHelper.ThrowDefaultCurrency<int>();

    /// <summary>Compares this code with an object, which must be a <see cref="CurrencyCode"/> or <see langword="null"/>.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>As <see cref="CompareTo(CurrencyCode)"/>; 1 when <paramref name="obj"/> is <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="CurrencyCode"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        CurrencyCode other => CompareTo(other),
        _ => CompareTo(Guard.Against.WrongType<CurrencyCode>(obj)),
    };

    /// <summary>Returns whether this is the same code as <paramref name="other"/>.</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> if both are the same code (or both <c>default</c>).</returns>
    public bool Equals(CurrencyCode other) => _index == other._index;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CurrencyCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _index;

    /// <summary>Returns the canonical three-letter code, such as <c>EUR</c>; <c>(default CurrencyCode)</c> for the
    /// default value.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => _index == 0 ? DefaultText : Code;

    /// <summary>Returns the canonical three-letter code: a currency code has one form in every culture.</summary>
    /// <param name="format">Must be <see langword="null"/>, empty or <c>"G"</c>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Internal.InvariantText.CheckGeneralFormat(format, nameof(CurrencyCode));
        return ToString();
    }

    /// <summary>Writes the canonical three-letter code into a span.</summary>
    /// <param name="destination">The span to write into.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">Must be empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> if <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        Internal.InvariantText.CheckGeneralFormat(format, nameof(CurrencyCode));
        return Internal.InvariantText.TryCopy(ToString(), destination, out charsWritten);
    }

}
