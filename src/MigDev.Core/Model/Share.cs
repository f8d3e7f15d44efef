using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using MigDev.Core.Internal.Json;

namespace MigDev.Core;

/// <summary>
/// An exact part of a whole, from 0 to 1, as a reduced fraction: "each of the parties contributing one third of the
/// funds required" is <c>1/3</c>; "at half of the current market price" is <c>1/2</c>. The seeds state such relative
/// figures without an amount, and the model keeps them as shares rather than inventing one.
/// </summary>
/// <remarks>
/// <para>Text form: <c>1/3</c>; <see cref="Parse(string)"/> also reads percentages (<c>50%</c>, <c>33.5%</c>).
/// Equality and ordering are by value (<c>2/6</c> is <c>1/3</c>). <see cref="Of"/> applies a share to an amount.</para>
/// <para><c>default(Share)</c> has a zero denominator and is not a share: its members throw
/// <see cref="InvalidOperationException"/>, except equality, hashing, <see cref="IsDefault"/> and
/// <see cref="ToString()"/>. An immutable value type.</para>
/// </remarks>
[JsonConverter(typeof(ShareJsonConverter))]
public readonly struct Share : IEquatable<Share>, IComparable<Share>, IComparable, ISpanFormattable, ISpanParsable<Share>
{
    private readonly long _numerator;
    private readonly long _denominator;

    private Share(long numerator, long denominator)
    {
        var gcd = (long)BigInteger.GreatestCommonDivisor(numerator, denominator);
        _numerator = numerator / gcd;
        _denominator = denominator / gcd;
    }

    /// <summary>Gets the whole, <c>1/1</c>.</summary>
    public static Share Whole { get; } = new(1, 1);

    /// <summary>Gets nothing, <c>0/1</c>.</summary>
    public static Share None { get; } = new(0, 1);

    /// <summary>Gets a value indicating whether this is <c>default(Share)</c>.</summary>
    public bool IsDefault => _denominator == 0;

    /// <summary>Gets the numerator of the reduced fraction.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Share)</c>.</exception>
    public long Numerator => Check()._numerator;

    /// <summary>Gets the denominator of the reduced fraction (at least 1).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Share)</c>.</exception>
    public long Denominator => Check()._denominator;

    /// <summary>Gets the share as a <see cref="decimal"/> (exact when the fraction has a finite decimal form, such as
    /// 1/2; otherwise to 28 digits, such as 1/3).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Share)</c>.</exception>
    public decimal Value => (decimal)Check()._numerator / _denominator;

    /// <summary>Compares two shares by value.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public static bool operator ==(Share left, Share right) => left.Equals(right);

    /// <summary>Compares two shares by value.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns><see langword="true"/> if different.</returns>
    public static bool operator !=(Share left, Share right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> is the smaller share.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="InvalidOperationException">A share is <c>default</c>.</exception>
    public static bool operator <(Share left, Share right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> is not the larger share.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="InvalidOperationException">A share is <c>default</c>.</exception>
    public static bool operator <=(Share left, Share right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> is the larger share.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="InvalidOperationException">A share is <c>default</c>.</exception>
    public static bool operator >(Share left, Share right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> is not the smaller share.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="InvalidOperationException">A share is <c>default</c>.</exception>
    public static bool operator >=(Share left, Share right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the share <paramref name="numerator"/>/<paramref name="denominator"/>, reduced.</summary>
    /// <param name="numerator">The numerator, 0 to <paramref name="denominator"/>.</param>
    /// <param name="denominator">The denominator, at least 1.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is not between 0 and 1, or the denominator is not
    /// positive; the message gives the fraction.</exception>
    public static Share FromFraction(long numerator, long denominator)
    {
        Guard.Against.InvalidNumber(denominator < 1 || numerator < 0 || numerator > denominator, numerator, $"A share is a fraction from 0 to 1 with a positive denominator, was {numerator}/{denominator}.", nameof(numerator));
        return new Share(numerator, denominator);
    }

    /// <summary>Returns the share of a percentage, exactly: 50 gives 1/2, 33.5 gives 67/200.</summary>
    /// <param name="percent">The percentage, 0 to 100.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is outside 0..100, or has more than
    /// 15 decimals.</exception>
    public static Share FromPercent(decimal percent)
    {
        Guard.Against.InvalidNumber(percent is < 0m or > 100m || percent.Scale > 15, percent, $"A percentage share must be between 0 and 100 with at most 15 decimals, was {percent}.", nameof(percent));
        var scale = percent.Scale;
        var denominator = 100L * (long)Math.Pow(10, scale);
        return new Share((long)(percent * (long)Math.Pow(10, scale)), denominator);
    }

    /// <summary>Returns whether shares add up exactly to the whole (co-financers' shares of one commitment).</summary>
    /// <param name="shares">The shares.</param>
    /// <returns><see langword="true"/> if their exact sum is 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shares"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A share is <c>default</c>.</exception>
    public static bool AreWhole(IEnumerable<Share> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        BigInteger numerator = 0, denominator = 1;
        foreach (var share in shares)
        {
            share.Check();
            numerator = (numerator * share._denominator) + (share._numerator * denominator);
            denominator *= share._denominator;
        }
        return numerator == denominator;
    }

    /// <summary>Parses <c>n/d</c> (such as <c>1/3</c>) or a percentage (such as <c>50%</c>).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not of those forms, or not between 0 and 1; the message quotes it.</exception>
    public static Share Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static Share Parse(ReadOnlySpan<char> s) => TryParse(s, out var share)
        ? share
        : throw new FormatException($"'{s}' is not a share: expected a fraction from 0 to 1 such as 1/3, or a percentage from 0 to 100 such as 50%.");

    /// <summary>Tries to parse <c>n/d</c> or a percentage; never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The share, or <c>default</c>.</param>
    /// <returns><see langword="true"/> if parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Share result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse <c>n/d</c> or a percentage; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The share, or <c>default</c>.</param>
    /// <returns><see langword="true"/> if parsed.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Share result)
    {
        result = default;
        var slash = s.IndexOf('/');
        if (slash > 0)
        {
            if (long.TryParse(s[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                && long.TryParse(s[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && d >= 1 && n <= d)
            {
                result = new Share(n, d);
                return true;
            }
            return false;
        }
        if (s.Length > 1 && s[^1] == '%'
            && decimal.TryParse(s[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent)
            && percent <= 100m && percent.Scale <= 15)
        {
            result = FromPercent(percent);
            return true;
        }
        return false;
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    static Share IParsable<Share>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out Share)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The share, or <c>default</c>.</param>
    static bool IParsable<Share>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Share result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    static Share ISpanParsable<Share>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Share)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The share, or <c>default</c>.</param>
    static bool ISpanParsable<Share>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Share result) => TryParse(s, out result);

    /// <summary>Applies the share to an amount: <c>amount × numerator ÷ denominator</c>, not rounded (one third of
    /// EUR 100 is EUR 33.333…). Round it, or split the whole with <see cref="Money.Allocate(ReadOnlySpan{decimal})"/>
    /// when the parts must add up to the cent.</summary>
    /// <param name="amount">The whole.</param>
    /// <returns>The part.</returns>
    /// <exception cref="InvalidOperationException">This or <paramref name="amount"/> is <c>default</c>.</exception>
    public Money Of(Money amount)
    {
        Check();
        return amount * _numerator / _denominator;
    }

    /// <summary>Compares by value.</summary>
    /// <param name="other">The other share.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="InvalidOperationException">A share is <c>default</c>.</exception>
    public int CompareTo(Share other)
    {
        Check();
        other.Check();
        return ((Int128)_numerator * other._denominator).CompareTo((Int128)other._numerator * _denominator);
    }

    /// <summary>Compares with an object, which must be a <see cref="Share"/> or <see langword="null"/>.</summary>
    /// <param name="obj">The object.</param>
    /// <returns>The comparison; 1 for <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is another type.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Share other => CompareTo(other),
        _ => CompareTo(Guard.Against.WrongType<Share>(obj)),
    };

    /// <summary>Returns whether the shares are equal (as reduced fractions).</summary>
    /// <param name="other">The other share.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals(Share other) => _numerator == other._numerator && _denominator == other._denominator;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Share other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_numerator, _denominator);

    /// <summary>Returns the reduced fraction, such as <c>1/3</c>.</summary>
    /// <returns>The text; <c>(default Share)</c> for the default value.</returns>
    public override string ToString()
    {
        if (IsDefault)
        {
            return "(default Share)";
        }
        Span<char> text = stackalloc char[41]; // two longs of at most 20 characters each, and the slash
        TryFormat(text, out var written, default, null);
        return new string(text[..written]);
    }

    /// <summary>Returns the reduced fraction, whatever the culture.</summary>
    /// <param name="format">Must be <see langword="null"/>, empty or <c>"G"</c>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Internal.InvariantText.CheckGeneralFormat(format, nameof(Share));
        return ToString();
    }

    /// <summary>Writes the reduced fraction into a span.</summary>
    /// <param name="destination">The span.</param>
    /// <param name="charsWritten">The characters written.</param>
    /// <param name="format">Must be empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> if the span is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        Internal.InvariantText.CheckGeneralFormat(format, nameof(Share));
        if (IsDefault)
        {
            return Internal.InvariantText.TryCopy(ToString(), destination, out charsWritten);
        }
        // Written in place, no string (issue 21).
        var ok = destination.TryWrite(CultureInfo.InvariantCulture, $"{_numerator}/{_denominator}", out charsWritten);
        charsWritten = ok ? charsWritten : 0;
        return ok;
    }

    private Share Check() => _denominator == 0
        ? throw new InvalidOperationException("default(Share) is not a share: create one with Share.FromFraction, FromPercent or Parse.")
        : this;
}
