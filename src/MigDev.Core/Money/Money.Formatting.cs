using System.Globalization;
using MigDev.Core.Internal;

namespace MigDev.Core;

public readonly partial struct Money : ISpanFormattable
{
    private const string DefaultText = "(default Money)";

    /// <summary>
    /// Returns the canonical, culture-invariant text of the amount: the currency code, one space and the amount with
    /// its scale, such as <c>EUR 15000000.00</c> or <c>JPY -500</c>. <see cref="Parse(string)"/> reads it back to an
    /// equal value with the same scale.
    /// </summary>
    /// <returns>The canonical text; <c>(default Money)</c> for <c>default(Money)</c>.</returns>
    public override string ToString() => IsDefault ? DefaultText : ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the amount with a numeric format and a culture, after the currency code and a space:
    /// <c>ToString("N2", new CultureInfo("fr-FR"))</c> gives <c>EUR 15 000 000,00</c> (with the culture's group
    /// separator).
    /// </summary>
    /// <param name="format">A standard or custom <see cref="decimal"/> format such as <c>"N2"</c> or <c>"#,0.00"</c>;
    /// <see langword="null"/>, empty or <c>"G"</c> give every digit and the scale. <c>"C"</c> and <c>"P"</c> are
    /// refused: the culture's currency symbol or a percent sign would misstate the amount.</param>
    /// <param name="formatProvider">The culture; <see langword="null"/> means the invariant culture, never the current
    /// one.</param>
    /// <returns>The formatted amount; <c>(default Money)</c> for <c>default(Money)</c>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is <c>"C"</c>, <c>"P"</c> or not a valid numeric
    /// format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        // The canonical text is at most 35 characters (code, space, sign, 29 digits, point, "0."); a format may need more.
        Span<char> buffer = string.IsNullOrEmpty(format) ? stackalloc char[40] : stackalloc char[128];
        if (TryFormat(buffer, out var written, format, formatProvider))
        {
            return new string(buffer[..written]);
        }
        CheckFormat(format);
        return IsDefault ? DefaultText : string.Concat(RawCurrency.Code, " ", RawAmount.ToString(format, formatProvider ?? CultureInfo.InvariantCulture));
    }

    /// <summary>Writes the amount into a span as <see cref="ToString(string?, IFormatProvider?)"/> does, without
    /// allocating.</summary>
    /// <param name="destination">The span to write into.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">As for <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <param name="provider">The culture; <see langword="null"/> means the invariant culture.</param>
    /// <returns><see langword="false"/> if <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is <c>"C"</c>, <c>"P"</c> or not a valid numeric
    /// format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format);
        charsWritten = 0;
        if (IsDefault)
        {
            // Like ToString(): text for a debugger or a log line, never an exception from string interpolation.
            var ok = DefaultText.TryCopyTo(destination);
            charsWritten = ok ? DefaultText.Length : 0;
            return ok;
        }
        var code = RawCurrency.Code;
        if (destination.Length < code.Length + 1)
        {
            return false;
        }
        code.CopyTo(destination);
        destination[code.Length] = ' ';
        if (!RawAmount.TryFormat(destination[(code.Length + 1)..], out var amountChars, format, provider ?? CultureInfo.InvariantCulture))
        {
            return false;
        }
        charsWritten = code.Length + 1 + amountChars;
        return true;
    }

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (format.Length > 0 && (format[0] is 'C' or 'c' or 'P' or 'p') && (format.Length == 1 || char.IsAsciiDigit(format[1])))
        {
            InvariantText.ThrowBadFormatString(format, nameof(Money) + " (the culture's currency symbol or a percent sign would misstate the amount; the code is always written)");
        }
    }
}
