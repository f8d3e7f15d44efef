using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MigDev.Core.EntityFrameworkCore.Internal;

namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// Keeps an amount a decimal, for a database's exact numeric column of a fixed precision and scale (PostgreSQL
/// <c>numeric(38, 18)</c>, SQL Server <c>decimal(38, 18)</c>), and refuses, on saving, a value the column would not
/// hold exactly, where the database would round it silently (or fail with its own overflow error).
/// </summary>
/// <remarks>A value with more significant decimals than the scale, or more integer digits than precision minus scale,
/// throws <see cref="MigDevDatabaseValueException"/>; trailing zeros beyond the scale are not significant (the
/// database keeps the value, and its scale as far as the column allows). Reading is the identity.</remarks>
public sealed class DecimalRangeConverter : ValueConverter<decimal, decimal>
{
    /// <summary>Initializes a converter for a column of a precision and scale, whose errors name a table and a column.</summary>
    /// <param name="precision">The digits the column holds, or <see langword="null"/> for no limit.</param>
    /// <param name="scale">The decimals the column holds, or <see langword="null"/> for no limit.</param>
    /// <param name="table">The table, or <see langword="null"/>.</param>
    /// <param name="column">The column, or <see langword="null"/>.</param>
    public DecimalRangeConverter(int? precision, int? scale, string? table, string? column)
        : base(
            value => DecimalColumn.Check(value, precision, scale, table, column),
            value => value)
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
