using System.Globalization;

namespace MigDev.Core.EntityFrameworkCore.Internal;

/// <summary>
/// Amounts in their columns: the check that a value fits a column of a given precision and scale (rather than being
/// rounded by the database, silently), and the exact text form used where a database has no exact numeric (SQLite).
/// </summary>
internal static class DecimalColumn
{
    private const NumberStyles PlainNumber = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>Returns the value if a column of <paramref name="precision"/> digits, <paramref name="scale"/> of them
    /// decimals, holds it exactly (trailing zeros beyond the scale are dropped by the database: the value is kept, its
    /// scale as far as the column allows); otherwise throws.</summary>
    public static decimal Check(decimal value, int? precision, int? scale, string? table, string? column)
    {
        if (scale is { } s && (s < 0 || value != Math.Round(value, Math.Min(s, 28), MidpointRounding.ToZero)))
        {
            throw new MigDevDatabaseValueException(table, column, Text(value), $"has {Significant(value)} significant decimal places; the column holds {s}, and the database would round it", null);
        }
        if (precision is { } p && IntegerDigits(value) > p - (scale ?? 0))
        {
            throw new MigDevDatabaseValueException(table, column, Text(value), $"has {IntegerDigits(value)} integer digits; the column (precision {p}, scale {scale ?? 0}) holds {p - (scale ?? 0)}", null);
        }
        return value;
    }

    /// <summary>The exact text: invariant, every digit and the scale kept (<c>1.50</c>), and the sign of a negative zero
    /// (<c>-0.00</c>, which <see cref="decimal.ToString()"/> drops).</summary>
    public static string Text(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return value == 0m && decimal.IsNegative(value) ? "-" + text : text;
    }

    /// <summary>Checks and writes the exact text.</summary>
    public static string CheckedText(decimal value, int? precision, int? scale, string? table, string? column) =>
        Text(Check(value, precision, scale, table, column));

    /// <summary>Reads the exact text: an optional sign, digits, an optional decimal point; no exponent, no spaces.</summary>
    public static decimal Parse(string text, string? table, string? column) =>
        decimal.TryParse(text, PlainNumber, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new MigDevDatabaseValueException(table, column, text, "is not a decimal amount (an optional '-', digits and an optional '.' with decimals, at most 28 of them, within ±79228162514264337593543950335)", null);

    private static int IntegerDigits(decimal value)
    {
        var whole = decimal.Truncate(Math.Abs(value));
        return whole == 0m ? 0 : whole.ToString(CultureInfo.InvariantCulture).Length;
    }

    private static int Significant(decimal value)
    {
        var scale = value.Scale;
        while (scale > 0 && value == Math.Round(value, scale - 1, MidpointRounding.ToZero))
        {
            scale--;
        }
        return scale;
    }
}
