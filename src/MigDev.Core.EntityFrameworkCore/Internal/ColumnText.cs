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

    // The text the library writes, compared without making a string: through the value's TryFormat (codes, dates,
    // shares write in place), and for a timeframe side by side.
    private static bool IsCanonical<T>(T value, string text)
        where T : notnull
    {
        // The typed cases call TryFormat without boxing the struct.
        switch (value)
        {
            case Timeframe timeframe:
                return IsCanonicalTimeframe(timeframe, text);
            case PartialDate date:
                return Writes(date, text);
            case Share share:
                return Writes(share, text);
        }
        return value is ISpanFormattable formattable ? Writes(formattable, text) : value.ToString() == text;
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

    // Whether the value's invariant text is exactly the text, written on the stack (64 characters hold every code, id,
    // date and share; a longer text is compared through ToString).
    private static bool Writes<TValue>(TValue value, ReadOnlySpan<char> text)
        where TValue : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[64];
        return value.TryFormat(buffer, out var written, default, System.Globalization.CultureInfo.InvariantCulture)
            ? buffer[..written].SequenceEqual(text)
            : text.SequenceEqual(value.ToString());
    }
}
