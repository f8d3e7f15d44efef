using System.Numerics;

namespace MigDev.Core;

/// <summary>The fields of the ECB's files, parsed from UTF-8 bytes (the CSV) or characters (the XML's attributes):
/// a date <c>yyyy-MM-dd</c>, a rate <c>1.4688</c>, a currency code.</summary>
internal static class EcbText
{
    /// <summary>The first date a file may hold: the euro's first reference rates.</summary>
    internal static readonly int FirstDayNumber = new DateOnly(1999, 1, 4).DayNumber;

    /// <summary>The last date a file may hold.</summary>
    internal static readonly int LastDayNumber = new DateOnly(2100, 12, 31).DayNumber;

    internal const string DateRule = "a date yyyy-MM-dd from 1999-01-04 to 2100-12-31";

    internal const string RateRule = "a rate: 'N/A' or a positive number of digits with at most one decimal point, at most 7 decimals and a mantissa below 2^28";

    /// <summary>Parses <c>yyyy-MM-dd</c> into a <see cref="DateOnly.DayNumber"/> within the dates a file may hold.</summary>
    internal static bool TryParseDate<T>(ReadOnlySpan<T> text, out int dayNumber)
        where T : unmanaged, IBinaryInteger<T>
    {
        dayNumber = 0;
        if (text.Length != 10 || int.CreateTruncating(text[4]) != '-' || int.CreateTruncating(text[7]) != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..], out var day)
            || month is < 1 or > 12 || year is < 1999 or > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        dayNumber = new DateOnly(year, month, day).DayNumber;
        return dayNumber >= FirstDayNumber && dayNumber <= LastDayNumber;
    }

    /// <summary>Parses a rate as the ECB writes it (<c>1.4688</c>, <c>13111</c>) into the table's packed form, keeping
    /// its decimals; false for anything else (signs, exponents, spaces, thousands separators, zero, too many
    /// digits).</summary>
    internal static bool TryParseRate<T>(ReadOnlySpan<T> text, out uint packed)
        where T : unmanaged, IBinaryInteger<T>
    {
        packed = 0;
        long mantissa = 0;
        var scale = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = int.CreateTruncating(text[i]);
            if (c == '.' && scale < 0 && i > 0 && i < text.Length - 1)
            {
                scale = 0;
                continue;
            }
            if (c is < '0' or > '9' || mantissa >= EcbRateTable.MantissaLimit)
            {
                return false;
            }
            mantissa = (mantissa * 10) + (c - '0');
            scale = scale < 0 ? scale : scale + 1;
        }
        return text.Length > 0 && EcbRateTable.TryPack(mantissa, Math.Max(scale, 0), out packed);
    }

    /// <summary>Whether a field is the ECB's <c>N/A</c>: no rate published.</summary>
    internal static bool IsNotAvailable<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T> =>
        text.Length == 3 && int.CreateTruncating(text[0]) == 'N' && int.CreateTruncating(text[1]) == '/' && int.CreateTruncating(text[2]) == 'A';

    /// <summary>Finds a currency by its ISO 4217 code; <c>default</c> when the text is not one.</summary>
    internal static CurrencyCode Currency(ReadOnlySpan<byte> utf8) => new(Iso4217Table.FindCanonical(utf8));

    private static bool TryDigits<T>(ReadOnlySpan<T> text, out int value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = 0;
        foreach (var t in text)
        {
            var c = int.CreateTruncating(t);
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }
}
