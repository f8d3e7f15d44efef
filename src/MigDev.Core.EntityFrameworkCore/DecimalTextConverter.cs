using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MigDev.Core.EntityFrameworkCore.Internal;

namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// Converts an amount to exact text, for databases without an exact numeric type (SQLite): every digit and the scale
/// kept (<c>1.50</c> stays <c>1.50</c>), up to 28 decimals and <see cref="decimal.MaxValue"/>, and the sign of a
/// negative zero (<c>-0.00</c>).
/// </summary>
/// <remarks>
/// <para>With a precision or scale, a value the column would not hold exactly (more significant decimals than the scale,
/// more integer digits than precision minus scale) throws <see cref="MigDevDatabaseValueException"/> on saving rather
/// than being rounded. Reading text that is not a plain decimal number throws it too.</para>
/// <para>What the text costs in queries (EF Core's SQLite provider compares and sums decimals with functions it runs in
/// .NET; <c>=</c> compares text): docs/database.md.</para>
/// </remarks>
public sealed class DecimalTextConverter : ValueConverter<decimal, string>
{
    /// <summary>Initializes a converter that holds every <see cref="decimal"/> and names no table or column.</summary>
    public DecimalTextConverter()
        : this(null, null, null, null)
    {
    }

    /// <summary>Initializes a converter for a column of a precision and scale, whose errors name a table and a column.</summary>
    /// <param name="precision">The digits the column holds, or <see langword="null"/> for no limit.</param>
    /// <param name="scale">The decimals the column holds, or <see langword="null"/> for no limit.</param>
    /// <param name="table">The table, or <see langword="null"/>.</param>
    /// <param name="column">The column, or <see langword="null"/>.</param>
    public DecimalTextConverter(int? precision, int? scale, string? table, string? column)
        : base(
            value => DecimalColumn.CheckedText(value, precision, scale, table, column),
            text => DecimalColumn.Parse(text, table, column),
            new ConverterMappingHints(unicode: false))
    {
        Precision = precision;
        Scale = scale;
        Table = table;
        Column = column;
    }

    /// <summary>Gets the digits the column holds, or <see langword="null"/> for no limit.</summary>
    public int? Precision { get; }

    /// <summary>Gets the decimals the column holds, or <see langword="null"/> for no limit.</summary>
    public int? Scale { get; }

    /// <summary>Gets the table its errors name, or <see langword="null"/>.</summary>
    public string? Table { get; }

    /// <summary>Gets the column its errors name, or <see langword="null"/>.</summary>
    public string? Column { get; }
}
