using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using MigDev.Core.Internal.Json;
using NodaTime;

namespace MigDev.Core;

/// <summary>
/// A date known to the year, the month or the day, and no more precisely: the seeds say "in 2008", "December 2012"
/// or "7 March 2007", and a model must not make up the day they leave out.
/// </summary>
/// <remarks>
/// <para>Text form: ISO 8601, <c>2008</c>, <c>2012-12</c> or <c>2007-03-07</c>; <see cref="Parse(string)"/> reads it
/// back. <see cref="FirstDay"/> and <see cref="LastDay"/> give the days it may stand for.</para>
/// <para>Equality compares precision and fields: <c>2010</c> is not <c>2010-01</c>. Partial dates of different
/// precision have no order (is "2010" before "2010-06"?), so there is no <c>CompareTo</c>; compare
/// <see cref="FirstDay"/> or <see cref="LastDay"/> when that is the question.</para>
/// <para><c>default(PartialDate)</c> is not a date: its members throw <see cref="InvalidOperationException"/>, except
/// equality, hashing, <see cref="IsDefault"/> and <see cref="ToString()"/>. An immutable value type.</para>
/// </remarks>
[JsonConverter(typeof(PartialDateJsonConverter))]
public readonly struct PartialDate : IEquatable<PartialDate>, ISpanFormattable, ISpanParsable<PartialDate>
{
    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;

    private PartialDate(int year, int month, int day)
    {
        _year = (short)year;
        _month = (byte)month;
        _day = (byte)day;
    }

    /// <summary>Gets a value indicating whether this is <c>default(PartialDate)</c>.</summary>
    public bool IsDefault => _year == 0;

    /// <summary>Gets the year.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public int Year => Check()._year;

    /// <summary>Gets the month, or <see langword="null"/> when only the year is known.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public int? Month => Check()._month == 0 ? null : _month;

    /// <summary>Gets the day of the month, or <see langword="null"/> when it is not known.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public int? Day => Check()._day == 0 ? null : _day;

    /// <summary>Gets how precisely the date is known.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public DatePrecision Precision => Check()._day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Gets the first day the date may stand for: 2008 → 2008-01-01, 2012-12 → 2012-12-01.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public LocalDate FirstDay => Check()._day != 0 ? new LocalDate(_year, _month, _day) : new LocalDate(_year, _month == 0 ? 1 : _month, 1);

    /// <summary>Gets the last day the date may stand for: 2008 → 2008-12-31, 2012-12 → 2012-12-31.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public LocalDate LastDay => Check()._day != 0
        ? new LocalDate(_year, _month, _day)
        : _month != 0 ? new YearMonth(_year, _month).ToDateInterval().End : new LocalDate(_year, 12, 31);

    /// <summary>Compares two partial dates for equality of precision and fields.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Compares two partial dates for inequality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if different.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Returns a date known to the year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1..9999.</exception>
    public static PartialDate FromYear(int year)
    {
        CheckYear(year);
        return new PartialDate(year, 0, 0);
    }

    /// <summary>Returns a date known to the month.</summary>
    /// <param name="yearMonth">The year and month.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1..9999.</exception>
    public static PartialDate FromYearMonth(YearMonth yearMonth)
    {
        CheckYear(yearMonth.Year);
        return new PartialDate(yearMonth.Year, yearMonth.Month, 0);
    }

    /// <summary>Returns a date known to the day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1..9999.</exception>
    public static PartialDate FromDate(LocalDate date)
    {
        CheckYear(date.Year);
        return new PartialDate(date.Year, date.Month, date.Day);
    }

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> (ISO 8601, four-digit years).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The date, as precise as the text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not of those forms, or is no calendar date (2011-02-30); the
    /// message quotes it.</exception>
    public static PartialDate Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static PartialDate Parse(ReadOnlySpan<char> s) => TryParse(s, out var result)
        ? result
        : throw new FormatException(NoDayOfTheMonth(s) is { } noSuchDay
            ? $"'{s}' is not a calendar date: {noSuchDay}."
            : $"'{s}' is not a partial date: expected yyyy, yyyy-MM or yyyy-MM-dd, such as 2008, 2012-12 or 2007-03-07.");

    // "February 2024 has 29 days", for a text of the right form whose day the month does not have (2024-02-30).
    private static string? NoDayOfTheMonth(ReadOnlySpan<char> s)
    {
        if (s.Length != 10 || s[4] != '-' || s[7] != '-'
            || !int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1 or > 9999
            || !int.TryParse(s[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12
            || !int.TryParse(s[8..], NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day < 1)
        {
            return null;
        }
        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        return day > days ? $"{new YearMonth(year, month).ToString("MMMM yyyy", CultureInfo.InvariantCulture)} has {days} days" : null;
    }

    /// <summary>Tries to parse <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The date, or <c>default</c>.</param>
    /// <returns><see langword="true"/> if parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PartialDate result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The date, or <c>default</c>.</param>
    /// <returns><see langword="true"/> if parsed.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out PartialDate result)
    {
        result = default;
        if (s.Length is not (4 or 7 or 10) || !Digits(s[..4], out var year) || year == 0)
        {
            return false;
        }
        var month = 0;
        var day = 0;
        if (s.Length >= 7 && (s[4] != '-' || !Digits(s[5..7], out month) || month is < 1 or > 12))
        {
            return false;
        }
        if (s.Length == 10 && (s[7] != '-' || !Digits(s[8..10], out day) || day < 1 || day > CultureInfo.InvariantCulture.Calendar.GetDaysInMonth(year, month)))
        {
            return false;
        }
        result = new PartialDate(year, month, day);
        return true;
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is ISO 8601.</param>
    static PartialDate IParsable<PartialDate>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out PartialDate)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The date, or <c>default</c>.</param>
    static bool IParsable<PartialDate>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDate result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    static PartialDate ISpanParsable<PartialDate>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out PartialDate)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The date, or <c>default</c>.</param>
    static bool ISpanParsable<PartialDate>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartialDate result) => TryParse(s, out result);

    /// <summary>Returns whether a day may be the date: within <see cref="FirstDay"/>..<see cref="LastDay"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> if the partial date covers it.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public bool Covers(LocalDate date) => FirstDay <= date && date <= LastDay;

    /// <summary>Returns whether every part equals <paramref name="other"/>'s.</summary>
    /// <param name="other">The other date.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals(PartialDate other) => _year == other._year && _month == other._month && _day == other._day;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (_year << 16) | (_month << 8) | _day;

    /// <summary>Returns the ISO 8601 text: <c>2008</c>, <c>2012-12</c> or <c>2007-03-07</c>.</summary>
    /// <returns>The text; <c>(default PartialDate)</c> for the default value.</returns>
    public override string ToString()
    {
        if (IsDefault)
        {
            return "(default PartialDate)";
        }
        Span<char> text = stackalloc char[10]; // yyyy-MM-dd at most: the year is 1 to 9999
        TryFormat(text, out var written, default, null);
        return new string(text[..written]);
    }

    /// <summary>Returns the ISO 8601 text, whatever the culture.</summary>
    /// <param name="format">Must be <see langword="null"/>, empty or <c>"G"</c>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Internal.InvariantText.CheckGeneralFormat(format, nameof(PartialDate));
        return ToString();
    }

    /// <summary>Writes the ISO 8601 text into a span.</summary>
    /// <param name="destination">The span.</param>
    /// <param name="charsWritten">The characters written.</param>
    /// <param name="format">Must be empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> if the span is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        Internal.InvariantText.CheckGeneralFormat(format, nameof(PartialDate));
        if (IsDefault)
        {
            return Internal.InvariantText.TryCopy(ToString(), destination, out charsWritten);
        }
        // Written in place, no string (issue 21: the EF Core package checks each date read against its text).
        var ok = _day != 0 ? destination.TryWrite(CultureInfo.InvariantCulture, $"{_year:0000}-{_month:00}-{_day:00}", out charsWritten)
            : _month != 0 ? destination.TryWrite(CultureInfo.InvariantCulture, $"{_year:0000}-{_month:00}", out charsWritten)
            : destination.TryWrite(CultureInfo.InvariantCulture, $"{_year:0000}", out charsWritten);
        charsWritten = ok ? charsWritten : 0;
        return ok;
    }

    private static void CheckYear(int year)
    {
        Guard.Against.InvalidNumber(year is < 1 or > 9999, year, $"The year must be between 1 and 9999, was {year}.", nameof(year));
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }

    private PartialDate Check() => _year == 0
        ? throw new InvalidOperationException("default(PartialDate) is not a date: create one with PartialDate.Parse, FromYear, FromYearMonth or FromDate.")
        : this;
}
