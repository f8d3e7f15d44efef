namespace MigDev.Core.EntityFrameworkCore.Internal;

/// <summary>
/// The text of each value type in its column, both ways: writes refuse <c>default</c> values, reads accept only the
/// canonical text the write produces (so that what is read is exactly what was written, and a hand-written
/// <c>'eur'</c> or <c>'2/4'</c> is an error rather than a silent change), each failure a
/// <see cref="MigDevDatabaseValueException"/> naming the table, the column and the value.
/// </summary>
internal static class ColumnText
{
    /// <summary>Returns the canonical text of a value, refusing <c>default</c>.</summary>
    public static string Write<T>(T value, bool isDefault, string typeName, string? table, string? column)
        where T : notnull =>
        isDefault
            ? throw new MigDevDatabaseValueException(table, column, null, $"default({typeName}) is not a value and cannot be saved; make the property nullable ({typeName}?) for \"none\"", null)
            : value.ToString()!;

    /// <summary>Reads a value from its canonical text; the library's own parse error (which may name the code meant) is
    /// the inner exception, and its message ends ours.</summary>
    /// <remarks>A converter passes <paramref name="parse"/> from a static field, not as a method group
    /// (<c>CurrencyCode.Parse</c>): in the read expression, which EF Core inlines into each query's materializer, a method
    /// group compiles to a <c>MethodInfo.CreateDelegate</c> call for every value read (14 % of loading the corpus model
    /// on SQLite, docs/benchmarks.md).</remarks>
    public static T Read<T>(string text, Func<string, T> parse, string expected, string? table, string? column)
        where T : notnull
    {
        T value;
        try
        {
            value = parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or ReferenceNotFoundException)
        {
            throw new MigDevDatabaseValueException(table, column, text, $"is not {expected}: {e.Message.TrimEnd('.')}", e);
        }
        return IsCanonical(value, text)
            ? value
            : throw new MigDevDatabaseValueException(table, column, text, $"is not in canonical form: expected '{value}' (the text the library writes)", null);
    }

    // The text the library writes, compared without making a string: dates, shares and timeframes written here digit by
    // digit (their own TryFormat builds the string first), codes through their TryFormat.
    private static bool IsCanonical<T>(T value, string text)
        where T : notnull
    {
        switch (value)
        {
            case Timeframe timeframe:
                return IsCanonicalTimeframe(timeframe, text);
            case PartialDate date:
                return Writes(date, text);
            case Share share:
                return Writes(share, text);
        }
        if (value is ISpanFormattable formattable)
        {
            Span<char> buffer = stackalloc char[64];
            if (formattable.TryFormat(buffer, out var written, default, System.Globalization.CultureInfo.InvariantCulture))
            {
                return buffer[..written].SequenceEqual(text);
            }
        }
        return value.ToString() == text;
    }

    // A timeframe's text without building it (Timeframe.ToString makes three strings): "start/end", with ".." for an
    // open side, or one date when start and end are the same; a duration, rare, is compared through ToString.
    private static bool IsCanonicalTimeframe(Timeframe value, ReadOnlySpan<char> text)
    {
        if (value.Duration is not null)
        {
            return text.SequenceEqual(value.ToString());
        }
        if (value.Start is { } start && value.End is { } end && start == end)
        {
            return Writes(start, text);
        }
        var slash = text.IndexOf('/');
        return slash >= 0 && Writes(value.Start, text[..slash]) && Writes(value.End, text[(slash + 1)..]);
    }

    private static bool Writes(PartialDate? date, ReadOnlySpan<char> text) => date is { } value ? Writes(value, text) : text.SequenceEqual("..");

    // yyyy, yyyy-MM or yyyy-MM-dd, as PartialDate.ToString writes it (whose TryFormat builds that string first).
    private static bool Writes(PartialDate date, ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[10];
        var length = FixedDigits(buffer, date.Year, 4);
        foreach (var part in (ReadOnlySpan<int?>)[date.Month, date.Day])
        {
            if (part is { } number)
            {
                buffer[length] = '-';
                length += 1 + FixedDigits(buffer[(length + 1)..], number, 2);
            }
        }
        return buffer[..length].SequenceEqual(text);
    }

    // n/d, as Share.ToString writes it (whose TryFormat builds that string first).
    private static bool Writes(Share share, ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[41];
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (!share.Numerator.TryFormat(buffer, out var numerator, default, invariant))
        {
            return false;
        }
        buffer[numerator] = '/';
        return share.Denominator.TryFormat(buffer[(numerator + 1)..], out var denominator, default, invariant)
            && buffer[..(numerator + 1 + denominator)].SequenceEqual(text);
    }

    // The last digits of a non-negative number, zero-padded to a width.
    private static int FixedDigits(Span<char> into, int value, int width)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            into[i] = (char)('0' + (value % 10));
            value /= 10;
        }
        return width;
    }
}
