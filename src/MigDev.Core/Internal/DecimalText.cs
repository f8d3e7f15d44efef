using System.Globalization;

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
        value = 0m;
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
