using System.Globalization;
using System.Numerics;

namespace MigDev.Core.Internal;

/// <summary>Why a text is not an exact plain decimal number.</summary>
internal enum DecimalTextError
{
    /// <summary>It is one.</summary>
    None,

    /// <summary>Not of the form <c>-?digits(.digits)?</c> (no '+', exponent, separators, spaces or leading zeros).</summary>
    Syntax,

    /// <summary>Well formed, but beyond <see cref="decimal"/>'s range or precision: <see cref="decimal"/> would round it.</summary>
    NotExact,
}

/// <summary>Strict, lossless text form of <see cref="decimal"/> amounts, shared by <c>Money.Parse</c> and JSON.</summary>
internal static class DecimalText
{
    /// <summary>The longest text an exact decimal can have: sign, 29 digits, point and "0." before 28 decimals.</summary>
    internal const int MaxLength = 64;

    /// <summary>Parses <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?</c> into the exact decimal it denotes, keeping its scale
    /// (<c>"1.50"</c> gives 1.50); rejects any text that <see cref="decimal"/> could not hold without rounding.</summary>
    internal static DecimalTextError TryParseExact(ReadOnlySpan<char> s, out decimal value)
    {
        if (TryParseShort(s, out value))
        {
            return DecimalTextError.None;
        }
        if (!IsPlainNumber(s))
        {
            return DecimalTextError.Syntax;
        }
        if (s.Length > MaxLength
            || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return DecimalTextError.NotExact;
        }

        // decimal.TryParse rounds to 28 decimal places / 29 significant digits without saying so: format the value
        // back and require the same text (a negative zero prints without its sign).
        Span<char> buffer = stackalloc char[MaxLength];
        if (!value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture))
        {
            return DecimalTextError.NotExact;
        }
        var expected = value == 0m && s[0] == '-' ? s[1..] : s;
        return buffer[..written].SequenceEqual(expected) ? DecimalTextError.None : DecimalTextError.NotExact;
    }

    /// <summary>The fast path of <see cref="TryParseExact"/>, for UTF-16 or UTF-8 text: a plain number of at most 19
    /// digits, which is exact in a <see cref="ulong"/> and so in a <see cref="decimal"/>, built straight from its digits
    /// and scale (a leading <c>-</c> gives the negative, zero included, as <see cref="decimal.Parse(string)"/> does).
    /// False for any other text, which the full path then reads or refuses.</summary>
    internal static bool TryParseShort<T>(ReadOnlySpan<T> s, out decimal value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = 0m;
        var negative = s.Length > 0 && int.CreateTruncating(s[0]) == '-';
        var i = negative ? 1 : 0;
        var integerStart = i;
        var mantissa = 0UL;
        var point = -1;
        // A sign, 19 digits and a point at most: anything longer is left to the full path unread.
        if (s.Length > 21)
        {
            return false;
        }
        for (; i < s.Length; i++)
        {
            var digit = int.CreateTruncating(s[i]) - '0';
            if (unchecked((uint)digit) <= 9)
            {
                mantissa = unchecked((mantissa * 10) + (uint)digit);
            }
            else if (digit == '.' - '0' && point < 0)
            {
                point = i;
            }
            else
            {
                return false;
            }
        }
        var integerDigits = (point < 0 ? s.Length : point) - integerStart;
        var scale = point < 0 ? 0 : s.Length - point - 1;
        if (integerDigits == 0 || (integerDigits > 1 && int.CreateTruncating(s[integerStart]) == '0') || (point >= 0 && scale == 0)
            || integerDigits + scale > 19)
        {
            return false;
        }
        value = new decimal(unchecked((int)mantissa), unchecked((int)(mantissa >> 32)), 0, negative, (byte)scale);
        return true;
    }

    /// <summary>Writes the invariant text of a <see cref="decimal"/> whose mantissa fits in 64 bits as UTF-8, as
    /// <c>decimal.TryFormat</c> writes it (scale kept, no sign on a zero): the digits of the <see cref="ulong"/> with the
    /// point put in. False for a larger mantissa (or too small a destination), which the caller formats the usual way.</summary>
    internal static bool TryFormatShortUtf8(decimal value, Span<byte> destination, out int written)
    {
        written = 0;
        if (DecimalBits.High32(in value) != 0 || destination.Length < MaxLength)
        {
            return false;
        }
        var mantissa = DecimalBits.Low64(in value);
        var scale = DecimalBits.Scale(in value);
        var at = 0;
        if (unchecked((int)DecimalBits.Flags(in value)) < 0 && mantissa != 0)
        {
            destination[at++] = (byte)'-';
        }
        // The mantissa's digits in place (at most 20), then the point put in among them.
        mantissa.TryFormat(destination[at..], out var count, default, CultureInfo.InvariantCulture);
        if (scale == 0)
        {
            written = at + count;
            return true;
        }
        if (count <= scale)
        {
            // 0.0012: the digits move right, after a zero, the point and the zeros before them.
            var shift = scale - count + 2;
            destination.Slice(at, count).CopyTo(destination[(at + shift)..]);
            destination[at] = (byte)'0';
            destination[at + 1] = (byte)'.';
            destination.Slice(at + 2, scale - count).Fill((byte)'0');
            written = at + shift + count;
            return true;
        }
        var point = at + count - scale;
        destination.Slice(point, scale).CopyTo(destination[(point + 1)..]);
        destination[point] = (byte)'.';
        written = at + count + 1;
        return true;
    }

    internal static string Describe(DecimalTextError error) => error switch
    {
        DecimalTextError.Syntax => "an amount is a plain decimal number such as 15000000.00 or -0.5 (no '+', exponent, thousands separator, space or leading zero)",
        DecimalTextError.NotExact => "the number is beyond the range or precision of decimal (28 decimal places, 29 significant digits) and would be rounded",
        _ => "no error",
    };

    private static bool IsPlainNumber(ReadOnlySpan<char> s)
    {
        var i = 0;
        if (i < s.Length && s[i] == '-')
        {
            i++;
        }
        var integerStart = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }
        var integerDigits = i - integerStart;
        if (integerDigits == 0 || (integerDigits > 1 && s[integerStart] == '0'))
        {
            return false;
        }
        if (i == s.Length)
        {
            return true;
        }
        if (s[i] != '.')
        {
            return false;
        }
        i++;
        var fractionStart = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }
        return i > fractionStart && i == s.Length;
    }
}
